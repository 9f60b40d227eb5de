import type { Middleware } from 'koa';
import { ErrorCode, SluiceError } from '@sluice/errors';

export interface Principal {
  readonly tenantId: string;
  readonly keyId: string;
  /** What the key may do (store/scopes.ts); a route may require one of them. */
  readonly scopes: readonly string[];
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

/** Throws PERMISSION_DENIED when the key lacks the scope a route requires. */
export function requireScope(principal: Principal, scope: string, operation: string): void {
  if (!principal.scopes.includes(scope)) {
    throw new SluiceError(ErrorCode.PERMISSION_DENIED, `this API key may not ${operation}: it needs the ${scope} scope`, {
      details: { required_scope: scope, key_id: principal.keyId },
    });
  }
}

/** Thrown when an admin key names a tenant other than its own (quota limits). */
export function otherTenantDenied(field: string, tenantId: string): SluiceError {
  return new SluiceError(ErrorCode.PERMISSION_DENIED, `${field} ${JSON.stringify(tenantId)} is not your tenant: an API key may only set its own tenant's limits or the defaults`, {
    details: { field },
  });
}
