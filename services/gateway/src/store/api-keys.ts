import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from './entities.ts';
import { hashKey } from './key-material.ts';

export async function findKeyPrincipal(em: EntityManager, presented: string): Promise<{ tenantId: string; keyId: string } | null> {
  if (presented.length < 16 || presented.length > 256) return null;
  const row = await em.findOne(ApiKey, { secretHash: hashKey(presented), revokedAt: null });
  return row === null ? null : { tenantId: row.tenantId, keyId: row.id };
}
