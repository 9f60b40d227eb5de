import { ErrorCategory, isSluiceError } from '@sluice/errors';

/**
 * Thrown by a stage when an upstream API refused for quota (HTTP 429 and the like). The
 * workflow parks in QUOTA_EXCEEDED, keeps its partial results, and resumes by itself at
 * `retryAt` without using up an attempt.
 */
export class RateLimitedError extends Error {
  readonly retryAt: Date | null;
  /** The stable code the failure is reported with: RATE_LIMITED, or the quota SDK's QUOTA_EXCEEDED, QUOTA_UNAVAILABLE, UPSTREAM_RATE_LIMITED. */
  readonly code: string;
  /** Shown with the failure (the workflow's last error, explain): which limit, until when. */
  readonly details: Record<string, unknown>;

  constructor(
    message: string,
    options: { retryAfterMs?: number; retryAt?: Date | null; code?: string; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RateLimitedError';
    this.retryAt = options.retryAt ?? (options.retryAfterMs === undefined ? null : new Date(Date.now() + options.retryAfterMs));
    this.code = options.code ?? 'RATE_LIMITED';
    this.details = options.details ?? {};
  }
}

/** Thrown by a stage when its input cannot be processed: retrying cannot help, so the workflow is SUSPENDED for a person. */
export class InvalidInputError extends Error {
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'InvalidInputError';
    this.details = details;
  }
}

/**
 * Thrown by ctx.waitForSignal(): not a failure. The worker ends the attempt and the workflow
 * waits (WAITING) until the signal arrives; then the stage runs again with it in ctx.signals.
 */
export class WaitForSignal extends Error {
  readonly signal: string;
  readonly timeoutMs: number;

  constructor(signal: string, timeoutMs: number) {
    super(`waiting for signal ${signal}`);
    this.name = 'WaitForSignal';
    this.signal = signal;
    this.timeoutMs = timeoutMs;
  }
}

/** Thrown by a stage for a failure worth retrying with backoff (a timeout, a dropped connection). */
export class TransientError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TransientError';
  }
}

export interface ClassifiedFailure {
  readonly category: ErrorCategory;
  readonly code: string;
  readonly message: string;
  readonly details: Record<string, unknown>;
  readonly retryAt: Date | null;
}

/** What a thrown value means for the engine; anything unrecognised is internal (a bug until shown otherwise). */
export function classify(err: unknown): ClassifiedFailure {
  if (err instanceof RateLimitedError) return { category: ErrorCategory.RATE_LIMITED, code: err.code, message: err.message, details: err.details, retryAt: err.retryAt };
  if (err instanceof InvalidInputError) return { category: ErrorCategory.INVALID_INPUT, code: 'INVALID_INPUT', message: err.message, details: err.details, retryAt: null };
  if (err instanceof TransientError) return { category: ErrorCategory.TRANSIENT, code: 'TRANSIENT', message: err.message, details: {}, retryAt: null };
  if (isSluiceError(err)) return { category: err.category, code: err.code, message: err.message, details: { ...err.details }, retryAt: null };
  const message = err instanceof Error ? err.message : String(err);
  const name = err instanceof Error ? err.name : typeof err;
  return { category: ErrorCategory.INTERNAL, code: 'UNCAUGHT_EXCEPTION', message, details: { name }, retryAt: null };
}
