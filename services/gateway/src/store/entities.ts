import { defineEntity, p } from '@mikro-orm/core';
import { DEFAULT_SCOPES } from './scopes.ts';

export const Tenant = defineEntity({
  name: 'Tenant',
  tableName: 'tenants',
  properties: {
    id: p.uuid().primary(),
    name: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

/** An API key; only its SHA-256 is stored (keys are 256-bit random, so a slow hash buys nothing). */
export const ApiKey = defineEntity({
  name: 'ApiKey',
  tableName: 'api_keys',
  properties: {
    id: p.string().primary(),
    tenantId: p.uuid(),
    name: p.string(),
    secretHash: p.string().unique(),
    /** text[]: see scopes.ts. */
    scopes: p.array().onCreate(() => [...DEFAULT_SCOPES]),
    createdAt: p.datetime().onCreate(() => new Date()),
    revokedAt: p.datetime().nullable(),
  },
});

export const ENTITIES = [Tenant, ApiKey];
