import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey, Tenant } from './entities.ts';
import { generateApiKey, hashKey, newKeyId } from './key-material.ts';
import { DEFAULT_SCOPES, type Scope } from './scopes.ts';

/**
 * A new tenant with one API key; the key is returned once (only its hash is stored).
 * `scopes` defaults to every scope (read, write, admin), as keys had before scopes existed;
 * give e.g. ['read', 'write'] for a key that may not administer quotas.
 */
export async function createTenant(em: EntityManager, name: string, scopes: readonly Scope[] = DEFAULT_SCOPES): Promise<{ tenantId: string; apiKey: string }> {
  return em.transactional(async (tx) => {
    const tenant = tx.create(Tenant, { id: randomUUID(), name });
    await tx.flush();
    const apiKey = generateApiKey();
    tx.create(ApiKey, { id: newKeyId(), tenantId: tenant.id, name: 'default', secretHash: hashKey(apiKey), revokedAt: null, scopes: [...scopes] });
    await tx.flush();
    return { tenantId: tenant.id, apiKey };
  });
}
