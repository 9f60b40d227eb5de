import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from './entities.ts';

/**
 * API keys are looked up by their SHA-256: a generated key carries 256 random bits, so a
 * slow password hash would buy nothing, and the database never holds a usable key.
 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function generateApiKey(): string {
  return `sk_${randomBytes(32).toString('base64url')}`;
}

export function newKeyId(): string {
  return `key_${randomBytes(8).toString('hex')}`;
}

export async function findKeyPrincipal(em: EntityManager, presented: string): Promise<{ tenantId: string; keyId: string } | null> {
  if (presented.length < 16 || presented.length > 256) return null;
  const row = await em.findOne(ApiKey, { secretHash: hashKey(presented), revokedAt: null });
  return row === null ? null : { tenantId: row.tenantId, keyId: row.id };
}
