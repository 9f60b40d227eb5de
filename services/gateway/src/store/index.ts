/** The gateway's tenant and key store, for operator tooling and cross-service tests. */
export { createTenant } from './create-tenant.ts';
export { Scope, DEFAULT_SCOPES } from './scopes.ts';
