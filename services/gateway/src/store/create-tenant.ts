import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey, Tenant } from './entities.ts';
import { generateApiKey, hashKey, newKeyId } from './key-material.ts';

/** A new tenant with one API key; the key is returned once (only its hash is stored). */
export async function createTenant(em: EntityManager, name: string): Promise<{ tenantId: string; apiKey: string }> {
  return em.transactional(async (tx) => {
    const tenant = tx.create(Tenant, { id: randomUUID(), name });
    await tx.flush();
    const apiKey = generateApiKey();
    tx.create(ApiKey, { id: newKeyId(), tenantId: tenant.id, name: 'default', secretHash: hashKey(apiKey), revokedAt: null });
    await tx.flush();
    return { tenantId: tenant.id, apiKey };
  });
}
