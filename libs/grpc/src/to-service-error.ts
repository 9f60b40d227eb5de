import type { ServerErrorResponse } from '@grpc/grpc-js';
import { ErrorCode, toSluiceError } from '@sluice/errors';
import type { Logger } from '@sluice/logging';
import { errorMetadata } from './error-metadata.ts';

/**
 * What a handler's failure becomes on the wire: the gRPC status of its code (CODE_INFO), the
 * message, and the Sluice trailers. Anything that is not a SluiceError goes out as INTERNAL
 * "internal error": its message may hold hosts, SQL or user data, so only the log sees it.
 */
export function toServiceError(thrown: unknown, log: Logger, method: string): ServerErrorResponse {
  const err = toSluiceError(thrown);
  if (err.code === ErrorCode.INTERNAL) {
    log.error({ err: err.cause ?? err, method }, 'rpc failed');
  } else {
    log.debug({ code: err.code, method }, 'rpc refused');
  }
  return Object.assign(new Error(err.message), { code: err.grpcStatus, details: err.message, metadata: errorMetadata(err) });
}
