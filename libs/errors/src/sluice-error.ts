import { CODE_INFO, ErrorCode, type ErrorCategory } from './codes.ts';

export type ErrorDetails = Readonly<Record<string, unknown>>;

export interface SluiceErrorOptions {
  readonly details?: ErrorDetails;
  readonly category?: ErrorCategory;
  readonly cause?: unknown;
}

/**
 * The one error type that crosses module and service boundaries. `code` is stable and
 * decides the transport status (gRPC and HTTP); `category` decides what a failed stage does.
 * Messages are written once, in the factories below, and name the input that caused them.
 */
export class SluiceError extends Error {
  readonly code: ErrorCode;
  readonly category: ErrorCategory;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, options: SluiceErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SluiceError';
    this.code = code;
    this.category = options.category ?? CODE_INFO[code].category;
    this.details = Object.freeze({ ...options.details });
  }

  get grpcStatus(): number {
    return CODE_INFO[this.code].grpc;
  }

  get httpStatus(): number {
    return CODE_INFO[this.code].http;
  }

  /** Thrown when a request field fails validation; `issues` names each bad field. */
  static invalidArgument(message: string, details?: ErrorDetails): SluiceError {
    return new SluiceError(ErrorCode.INVALID_ARGUMENT, message, { details });
  }

  /** Thrown when an entity the caller named does not exist (or is not the caller's to see). */
  static notFound(kind: string, id: string): SluiceError {
    return new SluiceError(ErrorCode.NOT_FOUND, `${kind} ${id} was not found`, { details: { kind, id } });
  }

  /** Thrown when a request carries no valid credentials. */
  static unauthenticated(message = 'a valid API key is required (Authorization: Bearer <key>)'): SluiceError {
    return new SluiceError(ErrorCode.UNAUTHENTICATED, message);
  }

  /** Thrown when a unique key is taken (SQLSTATE 23505). */
  static alreadyExists(kind: string, id: string): SluiceError {
    return new SluiceError(ErrorCode.ALREADY_EXISTS, `${kind} ${id} already exists`, { details: { kind, id } });
  }

  /** Thrown when an optimistic version check fails: someone else changed the row first. */
  static conflict(kind: string, id: string, expectedVersion: number): SluiceError {
    return new SluiceError(ErrorCode.CONFLICT, `${kind} ${id} changed concurrently (expected version ${expectedVersion})`, {
      details: { kind, id, expectedVersion },
    });
  }

  /** Thrown when a state change is not in the transition table. */
  static invalidTransition(workflowId: string, from: string, to: string): SluiceError {
    return new SluiceError(ErrorCode.INVALID_TRANSITION, `workflow ${workflowId} cannot go from ${from} to ${to}`, {
      details: { workflowId, from, to },
    });
  }

  /** Thrown when a valid request meets an entity in a state that does not allow it (a grant already settled). */
  static failedPrecondition(message: string, details?: ErrorDetails): SluiceError {
    return new SluiceError(ErrorCode.FAILED_PRECONDITION, message, { details });
  }

  /** Thrown when a worker writes with a fencing token that is no longer current. */
  static leaseLost(attemptId: string, fence: string): SluiceError {
    return new SluiceError(ErrorCode.LEASE_LOST, `stage attempt ${attemptId} is no longer held with fence ${fence}`, {
      details: { attemptId, fence },
    });
  }

  /** Thrown when a dependency (database, NATS, another service) cannot be reached. */
  static unavailable(what: string, cause?: unknown): SluiceError {
    return new SluiceError(ErrorCode.UNAVAILABLE, `${what} is unavailable`, { details: { dependency: what }, cause });
  }

  /** Thrown by RPCs that are part of the contract but not built yet. */
  static unimplemented(method: string): SluiceError {
    return new SluiceError(ErrorCode.UNIMPLEMENTED, `${method} is not implemented yet`, { details: { method } });
  }

  /** Wraps an unexpected failure; the message sent out is generic, the cause is logged. */
  static internal(cause?: unknown): SluiceError {
    return new SluiceError(ErrorCode.INTERNAL, 'internal error', { cause });
  }
}

export function isSluiceError(value: unknown): value is SluiceError {
  return value instanceof SluiceError;
}

/** Any thrown value as a SluiceError: itself when it already is one, else INTERNAL. */
export function toSluiceError(value: unknown): SluiceError {
  return isSluiceError(value) ? value : SluiceError.internal(value);
}
