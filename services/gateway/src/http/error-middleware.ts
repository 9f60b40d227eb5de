import type { Middleware } from 'koa';
import { SluiceError, toErrorBody, toSluiceError, ErrorCode } from '@sluice/errors';
import { currentTraceId } from '@sluice/telemetry';
import type { Logger } from '@sluice/logging';

/** Seconds a client should wait after a 503: about as long as a service takes to restart. */
const UNAVAILABLE_RETRY_AFTER_S = 5;

/**
 * Renders every failure, and every 404/405 that no route answered, in the one error shape:
 * `{ error: { code, message, details }, status_code, path, trace_id }`.
 * Unknown errors go out as INTERNAL with a generic message; the cause is logged, not sent.
 */
export function errorMiddleware(log: Logger): Middleware {
  return async (ctx, next) => {
    // Every response names its trace, so a user can hand it over with a bug report.
    const traceId = currentTraceId();
    if (traceId !== null) ctx.set('X-Trace-Id', traceId);
    try {
      await next();
      if (ctx.body === undefined || ctx.body === null) {
        // @koa/router answers an unknown path with 404 and a known path with another method
        // with 405 (or 501) and an Allow header, both without a body: give them the error shape.
        if (ctx.status === 404) {
          throw new SluiceError(ErrorCode.NOT_FOUND, `no route for ${ctx.method} ${ctx.path}`, { details: { method: ctx.method, path: ctx.path } });
        }
        if (ctx.status === 405 || ctx.status === 501) {
          const allowed = ctx.response.get('Allow');
          throw new SluiceError(ErrorCode.METHOD_NOT_ALLOWED, `${ctx.method} is not allowed on ${ctx.path} (allowed: ${allowed || 'none'})`, {
            details: { method: ctx.method, path: ctx.path, allowed: allowed === '' ? [] : allowed.split(/,\s*/) },
          });
        }
      }
    } catch (thrown) {
      const err = fromHttpError(thrown);
      if (err.code === ErrorCode.INTERNAL) log.error({ err: err.cause ?? err, path: ctx.path }, 'request failed');
      ctx.status = err.httpStatus;
      // A service behind the gateway is down or restarting: tell clients when to come back
      // (RFC 9110 §10.2.3) instead of leaving them to guess or to hammer it.
      if (err.code === ErrorCode.UNAVAILABLE) ctx.set('Retry-After', String(UNAVAILABLE_RETRY_AFTER_S));
      ctx.body = toErrorBody(err, ctx.path, currentTraceId());
    }
  };
}

/** Errors thrown by koa, @koa/router and the body parser carry an HTTP status; give them stable codes. */
function fromHttpError(thrown: unknown): SluiceError {
  if (thrown instanceof SluiceError) return thrown;
  const status = (thrown as { status?: unknown })?.status;
  const type = (thrown as { type?: unknown })?.type;
  if (status === 413 || type === 'entity.too.large') {
    const limit = (thrown as { limit?: number }).limit;
    return new SluiceError(ErrorCode.PAYLOAD_TOO_LARGE, `request body is larger than the limit of ${limit ?? 'the configured'} bytes`, {
      details: { limit },
    });
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
