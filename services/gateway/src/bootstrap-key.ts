import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@sluice/logging';
import { ensureBootstrapKey, hasAnyKey } from './store/bootstrap-tenant.ts';
import { generateApiKey } from './store/key-material.ts';

/**
 * The first API key: SLUICE_BOOTSTRAP_API_KEY when set; else, on a database with no key, one
 * generated here, printed once and kept in `keyFile` (0600) so that `npm run up` can show it
 * again. A kept key is re-registered if the database was wiped. Only its hash is stored.
 */
export async function provisionBootstrapKey(em: EntityManager, options: { envKey: string | undefined; keyFile: string; log: Logger }): Promise<void> {
  const { envKey, keyFile, log } = options;
  if (envKey !== undefined) {
    const { created } = await ensureBootstrapKey(em, envKey);
    if (created) log.info('bootstrap API key from SLUICE_BOOTSTRAP_API_KEY stored (hashed)');
    return;
  }
  const kept = await readFile(keyFile, 'utf8').then((s) => s.trim(), () => null);
  if (kept !== null && kept !== '') {
    const { created } = await ensureBootstrapKey(em, kept);
    if (created) log.info({ key_file: keyFile }, 'bootstrap API key re-registered from the key file');
    return;
  }
  if (await hasAnyKey(em)) return;
  const key = generateApiKey();
  await mkdir(path.dirname(keyFile), { recursive: true });
  await writeFile(keyFile, `${key}\n`, { mode: 0o600 });
  const { created } = await ensureBootstrapKey(em, key);
  if (created) {
    log.warn({ key_file: keyFile }, 'generated the first API key; it is shown once here and kept in the key file');
    process.stdout.write(`\nSluice API key (tenant "default"): ${key}\n\n`);
  }
}
