import { bodyParser } from '@koa/bodyparser';
import type { Middleware } from 'koa';
import { SluiceError, ErrorCode } from '@sluice/errors';

/**
 * JSON bodies only, up to `limitBytes`. A write with a body of another type gets 415, so that
 * a form post or a stray upload cannot be mistaken for an empty JSON object.
 */
export function jsonBody(limitBytes: number): Middleware {
  const parse = bodyParser({ enableTypes: ['json'], jsonLimit: limitBytes, jsonStrict: true, encoding: 'utf-8' });
  return async (ctx, next) => {
    const hasBody = ctx.request.length !== undefined ? ctx.request.length > 0 : ctx.get('transfer-encoding') !== '';
    if (hasBody && ['POST', 'PUT', 'PATCH'].includes(ctx.method) && !ctx.is('application/json')) {
      throw new SluiceError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `request body must be application/json (got ${ctx.get('content-type') || 'no content-type'})`, {
        details: { content_type: ctx.get('content-type') || null },
      });
    }
    return parse(ctx, next);
  };
}
