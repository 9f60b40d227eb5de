import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey, Tenant } from './entities.ts';
import { hashKey, newKeyId } from './key-material.ts';

export const DEFAULT_TENANT = 'default';

/**
 * Makes sure the bootstrap key exists: on an empty database it creates the `default` tenant
 * and the key; when the key is already stored it changes nothing. An advisory lock makes two
 * gateway replicas starting at once create the tenant once.
 * Returns whether the key was newly stored.
 */
export async function ensureBootstrapKey(em: EntityManager, key: string): Promise<{ created: boolean; tenantId: string }> {
  return em.transactional(async (tx) => {
    await tx.execute("select pg_advisory_xact_lock(hashtext('sluice.gateway.bootstrap'))");
    const hash = hashKey(key);
    const existing = await tx.findOne(ApiKey, { secretHash: hash });
    if (existing !== null) return { created: false, tenantId: existing.tenantId };
    let tenant = await tx.findOne(Tenant, { name: DEFAULT_TENANT });
    if (tenant === null) {
      // Flushed on its own: the key's tenant_id references it, and the ORM knows no relation to order by.
      tenant = tx.create(Tenant, { id: randomUUID(), name: DEFAULT_TENANT });
      await tx.flush();
    }
    tx.create(ApiKey, { id: newKeyId(), tenantId: tenant.id, name: 'bootstrap', secretHash: hash, revokedAt: null });
    await tx.flush();
    return { created: true, tenantId: tenant.id };
  });
}

export async function hasAnyKey(em: EntityManager): Promise<boolean> {
  return (await em.count(ApiKey, {})) > 0;
}
