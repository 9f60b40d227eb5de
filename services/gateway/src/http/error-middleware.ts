import type { Middleware } from 'koa';
import { SluiceError, toErrorBody, toSluiceError, ErrorCode } from '@sluice/errors';
import { currentTraceId } from '@sluice/telemetry';
import type { Logger } from '@sluice/logging';

/**
 * Renders every failure, and every 404/405 that no route answered, in the one error shape:
 * `{ error: { code, message, details }, status_code, path, trace_id }`.
 * Unknown errors go out as INTERNAL with a generic message; the cause is logged, not sent.
 */
export function errorMiddleware(log: Logger): Middleware {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        throw new SluiceError(ErrorCode.NOT_FOUND, `no route for ${ctx.method} ${ctx.path}`, { details: { method: ctx.method, path: ctx.path } });
      }
    } catch (thrown) {
      const err = fromHttpError(thrown, ctx.method, ctx.path);
      if (err.code === ErrorCode.INTERNAL) log.error({ err: err.cause ?? err, path: ctx.path }, 'request failed');
      ctx.status = err.httpStatus;
      ctx.body = toErrorBody(err, ctx.path, currentTraceId());
      if (err.code === ErrorCode.METHOD_NOT_ALLOWED && Array.isArray(err.details.allowed)) {
        ctx.set('Allow', (err.details.allowed as string[]).join(', '));
      }
    }
  };
}

/** Errors thrown by koa, @koa/router and the body parser carry an HTTP status; give them stable codes. */
function fromHttpError(thrown: unknown, method: string, path: string): SluiceError {
  if (thrown instanceof SluiceError) return thrown;
  const status = (thrown as { status?: unknown })?.status;
  const type = (thrown as { type?: unknown })?.type;
  if (status === 413 || type === 'entity.too.large') {
    const limit = (thrown as { limit?: number }).limit;
    return new SluiceError(ErrorCode.PAYLOAD_TOO_LARGE, `request body is larger than the limit of ${limit ?? 'the configured'} bytes`, {
      details: { limit },
    });
  }
  if (status === 405 || status === 501) {
    return new SluiceError(ErrorCode.METHOD_NOT_ALLOWED, `${method} is not allowed on ${path}`, { details: { method, path } });
  }
  if (status === 415) {
    return new SluiceError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'request body must be application/json');
  }
  if (status === 400 || type === 'entity.parse.failed') {
    const reason = thrown instanceof Error ? thrown.message : 'malformed body';
    return SluiceError.invalidArgument(`request body is not valid JSON: ${reason}`, { reason });
  }
  return toSluiceError(thrown);
}
