import type { Middleware } from 'koa';
import { SluiceError } from '@sluice/errors';

export interface Principal {
  readonly tenantId: string;
  readonly keyId: string;
}

/** Resolves a presented API key to its tenant, or null when the key is unknown or revoked. */
export type KeyResolver = (presentedKey: string) => Promise<Principal | null>;

/**
 * API-key authentication: `Authorization: Bearer <key>` or `X-API-Key: <key>`. The principal
 * lands on `ctx.state.principal`; every handler scopes its work to `principal.tenantId`.
 */
export function requireApiKey(resolve: KeyResolver): Middleware {
  return async (ctx, next) => {
    const header = ctx.get('authorization');
    const key = header.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : ctx.get('x-api-key').trim();
    if (key === '') throw SluiceError.unauthenticated();
    const principal = await resolve(key);
    if (principal === null) throw SluiceError.unauthenticated('the API key is not valid');
    ctx.state.principal = principal;
    await next();
  };
}
