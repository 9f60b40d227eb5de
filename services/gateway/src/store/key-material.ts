import { createHash, randomBytes } from 'node:crypto';

/** A new API key: 256 random bits, URL-safe. */
export function generateApiKey(): string {
  return `sk_${randomBytes(32).toString('base64url')}`;
}

/**
 * API keys are looked up by their SHA-256: a generated key carries 256 random bits, so a
 * slow password hash would buy nothing, and the database never holds a usable key.
 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function newKeyId(): string {
  return `key_${randomBytes(8).toString('hex')}`;
}
