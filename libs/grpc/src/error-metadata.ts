import { Metadata } from '@grpc/grpc-js';
import { ErrorCategory, codeForGrpcStatus, isErrorCode, SluiceError, type ErrorDetails } from '@sluice/errors';

/**
 * Trailer keys that carry a SluiceError across gRPC. The gRPC status alone is lossy (both
 * INVALID_TRANSITION and LEASE_LOST are FAILED_PRECONDITION), so the stable code, the
 * category and the details travel beside it.
 */
export const ERROR_METADATA = {
  code: 'sluice-code',
  category: 'sluice-category',
  details: 'sluice-details',
} as const;

// HTTP/2 peers refuse header blocks past their limit (grpc-js: 8 KiB by default) and a
// refused trailer block loses the status itself, so large details are replaced by a marker.
const MAX_DETAILS_CHARS = 4096;

/** The trailers that describe `err` to the peer. */
export function errorMetadata(err: SluiceError): Metadata {
  const metadata = new Metadata();
  metadata.set(ERROR_METADATA.code, err.code);
  metadata.set(ERROR_METADATA.category, err.category);
  metadata.set(ERROR_METADATA.details, encodeDetails(err.details));
  return metadata;
}

function encodeDetails(details: ErrorDetails): string {
  let json: string;
  try {
    json = JSON.stringify(details) ?? '{}';
  } catch {
    json = JSON.stringify({ unserializable: true });
  }
  if (json.length > MAX_DETAILS_CHARS) json = JSON.stringify({ truncated: true });
  // A text header value must be printable ASCII (grpc-js throws otherwise); \u escapes keep
  // the JSON equal to the original once parsed.
  return json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The SluiceError a failed call stands for: the code from the `sluice-code` trailer, else
 * the nearest code for the bare gRPC status (a peer that is not Sluice, or a status that
 * grpc-js made itself such as DEADLINE_EXCEEDED); the message the server wrote; the details
 * from `sluice-details`. The ServiceError is kept as the cause.
 */
export function fromServiceError(err: unknown): SluiceError {
  if (err instanceof SluiceError) return err;
  if (!isServiceError(err)) return SluiceError.internal(err);
  // Duck-typed: a caller may hold a ServiceError from another copy of grpc-js.
  const metadata = hasGet(err.metadata) ? err.metadata : new Metadata();
  const sentCode = first(metadata, ERROR_METADATA.code);
  const code = isErrorCode(sentCode) ? sentCode : codeForGrpcStatus(err.code);
  const sentCategory = first(metadata, ERROR_METADATA.category);
  const category = Object.values(ErrorCategory).find((c) => c === sentCategory);
  const message = typeof err.details === 'string' && err.details !== '' ? err.details : err.message;
  return new SluiceError(code, message, { details: decodeDetails(first(metadata, ERROR_METADATA.details)), category, cause: err });
}

interface ServiceErrorLike {
  readonly code: number;
  readonly details?: unknown;
  readonly message: string;
  readonly metadata?: unknown;
}

function isServiceError(value: unknown): value is ServiceErrorLike {
  return value instanceof Error && typeof (value as { code?: unknown }).code === 'number';
}

interface MetadataLike {
  get(key: string): unknown[];
}

function hasGet(value: unknown): value is MetadataLike {
  return typeof (value as { get?: unknown } | null)?.get === 'function';
}

function first(metadata: MetadataLike, key: string): string | undefined {
  const value = metadata.get(key)[0];
  return typeof value === 'string' ? value : undefined;
}

function decodeDetails(json: string | undefined): ErrorDetails {
  if (json === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as ErrorDetails) : {};
  } catch {
    return {};
  }
}
