/**
 * `npm run migrate`: applies every service's pending migrations to DATABASE_URL and exits,
 * the same migrations each service applies at start (for a deploy step that runs them first).
 *
 * ```sh
 * npm run migrate                              # the database npm run up would use
 * DATABASE_URL=postgresql://… npm run migrate  # another one
 * ```
 */
import { createLogger } from '@sluice/logging';
import { closeOrm, createOrm, migrate, type MigrationEntry } from '@sluice/db';
import { MIGRATIONS as gateway } from '../services/gateway/src/store/migrations.ts';
import { MIGRATIONS as workflow } from '../services/workflow/src/store/migrations.ts';
import { MIGRATIONS as quota } from '../services/quota/src/store/migrations.ts';
import { MIGRATIONS as storage } from '../services/storage/src/store/migrations.ts';
import { MIGRATIONS as monitoring } from '../services/monitoring/src/store/migrations.ts';

// Each service's schema is named after it (libs/service-kit bootService).
const SCHEMAS: Record<string, readonly MigrationEntry[]> = { gateway, workflow, quota, storage, monitoring };

const url = process.env.DATABASE_URL;
if (url === undefined || url === '') {
  process.stderr.write('sluice: DATABASE_URL is not set: run `npm run migrate`, which finds PostgreSQL first\n');
  process.exit(2);
}
const log = createLogger({ service: 'migrate', level: process.env.LOG_LEVEL ?? 'warn' });
let failed = false;
for (const [schema, migrations] of Object.entries(SCHEMAS)) {
  try {
    const orm = await createOrm({ url, schema, entities: [], migrations, log, connect: { attempts: 3 } });
    try {
      const applied = await migrate(orm);
      process.stdout.write(`${schema.padEnd(11)} ${applied.length === 0 ? 'up to date' : `applied ${applied.join(', ')}`}\n`);
    } finally {
      await closeOrm(orm);
    }
  } catch (err) {
    failed = true;
    process.stderr.write(`${schema.padEnd(11)} FAILED: ${(err as Error).message}\n`);
  }
}
process.exit(failed ? 1 : 0);
