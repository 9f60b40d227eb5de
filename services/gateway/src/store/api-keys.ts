import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from './entities.ts';
import { hashKey } from './key-material.ts';

export interface KeyPrincipal {
  readonly tenantId: string;
  readonly keyId: string;
  readonly scopes: readonly string[];
}

export async function findKeyPrincipal(em: EntityManager, presented: string): Promise<KeyPrincipal | null> {
  if (presented.length < 16 || presented.length > 256) return null;
  const row = await em.findOne(ApiKey, { secretHash: hashKey(presented), revokedAt: null });
  return row === null ? null : { tenantId: row.tenantId, keyId: row.id, scopes: [...row.scopes] };
}
