import { status as GrpcStatus } from '@grpc/grpc-js';

/**
 * Stable error codes. A code never changes meaning; clients branch on it.
 * Each maps to one gRPC status and one HTTP status (the table in docs/architecture.md).
 */
export const ErrorCode = {
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  PERMISSION_DENIED: 'PERMISSION_DENIED',
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** The request is valid but the entity is not in a state that allows it (a grant already settled). */
  FAILED_PRECONDITION: 'FAILED_PRECONDITION',
  LEASE_LOST: 'LEASE_LOST',
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  RESOURCE_EXHAUSTED: 'RESOURCE_EXHAUSTED',
  UNIMPLEMENTED: 'UNIMPLEMENTED',
  UNAVAILABLE: 'UNAVAILABLE',
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  /** The caller cancelled the call (a worker shutting down, say). */
  CANCELLED: 'CANCELLED',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What a failure means for retries (the worker SDK and the workflow engine decide on it). */
export const ErrorCategory = {
  TRANSIENT: 'transient',
  RATE_LIMITED: 'rate_limited',
  INVALID_INPUT: 'invalid_input',
  INTERNAL: 'internal',
} as const;
export type ErrorCategory = (typeof ErrorCategory)[keyof typeof ErrorCategory];

interface CodeInfo {
  readonly grpc: GrpcStatus;
  readonly http: number;
  readonly category: ErrorCategory;
}

const C = ErrorCategory;
export const CODE_INFO: Readonly<Record<ErrorCode, CodeInfo>> = Object.freeze({
  INVALID_ARGUMENT: { grpc: GrpcStatus.INVALID_ARGUMENT, http: 400, category: C.INVALID_INPUT },
  UNAUTHENTICATED: { grpc: GrpcStatus.UNAUTHENTICATED, http: 401, category: C.INVALID_INPUT },
  PERMISSION_DENIED: { grpc: GrpcStatus.PERMISSION_DENIED, http: 403, category: C.INVALID_INPUT },
  NOT_FOUND: { grpc: GrpcStatus.NOT_FOUND, http: 404, category: C.INVALID_INPUT },
  METHOD_NOT_ALLOWED: { grpc: GrpcStatus.UNIMPLEMENTED, http: 405, category: C.INVALID_INPUT },
  PAYLOAD_TOO_LARGE: { grpc: GrpcStatus.INVALID_ARGUMENT, http: 413, category: C.INVALID_INPUT },
  UNSUPPORTED_MEDIA_TYPE: { grpc: GrpcStatus.INVALID_ARGUMENT, http: 415, category: C.INVALID_INPUT },
  ALREADY_EXISTS: { grpc: GrpcStatus.ALREADY_EXISTS, http: 409, category: C.INVALID_INPUT },
  CONFLICT: { grpc: GrpcStatus.ABORTED, http: 409, category: C.TRANSIENT },
  INVALID_TRANSITION: { grpc: GrpcStatus.FAILED_PRECONDITION, http: 409, category: C.INVALID_INPUT },
  FAILED_PRECONDITION: { grpc: GrpcStatus.FAILED_PRECONDITION, http: 409, category: C.INVALID_INPUT },
  LEASE_LOST: { grpc: GrpcStatus.FAILED_PRECONDITION, http: 409, category: C.INVALID_INPUT },
  QUOTA_EXCEEDED: { grpc: GrpcStatus.RESOURCE_EXHAUSTED, http: 429, category: C.RATE_LIMITED },
  RESOURCE_EXHAUSTED: { grpc: GrpcStatus.RESOURCE_EXHAUSTED, http: 429, category: C.RATE_LIMITED },
  UNIMPLEMENTED: { grpc: GrpcStatus.UNIMPLEMENTED, http: 501, category: C.INTERNAL },
  UNAVAILABLE: { grpc: GrpcStatus.UNAVAILABLE, http: 503, category: C.TRANSIENT },
  DEADLINE_EXCEEDED: { grpc: GrpcStatus.DEADLINE_EXCEEDED, http: 504, category: C.TRANSIENT },
  // 499: nginx's "client closed request"; no standard status says it.
  CANCELLED: { grpc: GrpcStatus.CANCELLED, http: 499, category: C.TRANSIENT },
  INTERNAL: { grpc: GrpcStatus.INTERNAL, http: 500, category: C.INTERNAL },
});

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(CODE_INFO, value);
}

const BY_GRPC = new Map<number, ErrorCode>([
  [GrpcStatus.INVALID_ARGUMENT, ErrorCode.INVALID_ARGUMENT],
  [GrpcStatus.UNAUTHENTICATED, ErrorCode.UNAUTHENTICATED],
  [GrpcStatus.PERMISSION_DENIED, ErrorCode.PERMISSION_DENIED],
  [GrpcStatus.NOT_FOUND, ErrorCode.NOT_FOUND],
  [GrpcStatus.ALREADY_EXISTS, ErrorCode.ALREADY_EXISTS],
  [GrpcStatus.ABORTED, ErrorCode.CONFLICT],
  [GrpcStatus.FAILED_PRECONDITION, ErrorCode.INVALID_TRANSITION],
  [GrpcStatus.RESOURCE_EXHAUSTED, ErrorCode.RESOURCE_EXHAUSTED],
  [GrpcStatus.UNIMPLEMENTED, ErrorCode.UNIMPLEMENTED],
  [GrpcStatus.UNAVAILABLE, ErrorCode.UNAVAILABLE],
  [GrpcStatus.DEADLINE_EXCEEDED, ErrorCode.DEADLINE_EXCEEDED],
  [GrpcStatus.CANCELLED, ErrorCode.CANCELLED],
]);

/** The code a bare gRPC status stands for when a peer sent no `sluice-code` trailer. */
export function codeForGrpcStatus(grpcStatus: number): ErrorCode {
  return BY_GRPC.get(grpcStatus) ?? ErrorCode.INTERNAL;
}
