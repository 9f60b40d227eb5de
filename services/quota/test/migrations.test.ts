import { expect } from 'chai';
import { closeOrm, createOrm, migrate, type Orm } from '@sluice/db';
import { createLogger } from '@sluice/logging';
import { OutboxMessage } from '@sluice/messaging';
import { randomId, suiteEnv } from '@sluice/testing';
import { MIGRATIONS } from '../src/store/migrations.ts';

// A database that ran the quota service before a migration existed keeps its data through it.
describe('the quota schema migrations on a database with data', function () {
  this.timeout(30_000);
  const schema = `quota_migrate_${randomId(6).toLowerCase()}`;
  const open = (migrations: typeof MIGRATIONS) =>
    createOrm({ url: suiteEnv().databaseUrl, schema, entities: [OutboxMessage], migrations, log: createLogger({ service: 'quota-migrations-test', level: 'silent' }) });
  let orm: Orm | undefined;

  after(async () => {
    if (orm !== undefined) {
      await orm.em.getConnection().execute(`drop schema ${schema} cascade`);
      await closeOrm(orm);
    }
  });

  it('0003 (grants as reservations) keeps every limit with its amount and window, named after what it was, each on a resource', async () => {
    const before = await open(MIGRATIONS.slice(0, 2));
    await migrate(before);
    const sql = before.em.getConnection();
    await sql.execute(`insert into limits (id, resource, unit, scope, tenant_id, key, amount, window_kind, window_ms, description) values
      ('00000000-0000-4000-8000-000000000001', 'openai:gpt-4o', 'TOKENS', 'TENANT', 't1', '', 90000, 'FIXED', 60000, 'our tier'),
      ('00000000-0000-4000-8000-000000000002', 'openai:gpt-4o', 'REQUESTS', 'KEY', '', 'k1', 50, 'SLIDING', 1000, ''),
      ('00000000-0000-4000-8000-000000000003', 'maps', 'REQUESTS', 'GLOBAL', '', '', 3, 'CONCURRENT', 0, ''),
      ('00000000-0000-4000-8000-000000000004', 'maps', 'BYTES', 'GLOBAL', '', '', 5, 'FIXED', 1000, '')`);
    await closeOrm(before);

    orm = await open(MIGRATIONS);
    expect(await migrate(orm)).to.deep.equal(['0003_grants_as_reservations', '0004_monotonic_counters_config_version']);
    const conn = orm.em.fork().getConnection();
    const limits = await conn.execute('select id, resource, name, unit, scope, tenant_id, subject, amount, window_kind, window_ms, burst, description from limits order by id');
    expect(limits).to.deep.equal([
      { id: '00000000-0000-4000-8000-000000000001', resource: 'openai:gpt-4o', name: 'total_tokens-tenant-fixed-60000', unit: 'TOTAL_TOKENS', scope: 'TENANT', tenant_id: 't1', subject: '', amount: '90000', window_kind: 'FIXED', window_ms: '60000', burst: '0', description: 'our tier' },
      { id: '00000000-0000-4000-8000-000000000002', resource: 'openai:gpt-4o', name: 'requests-api_key-rolling-1000-k1', unit: 'REQUESTS', scope: 'API_KEY', tenant_id: '', subject: 'k1', amount: '50', window_kind: 'ROLLING', window_ms: '1000', burst: '50', description: '' },
      { id: '00000000-0000-4000-8000-000000000003', resource: 'maps', name: 'requests-global-concurrent-0', unit: 'REQUESTS', scope: 'GLOBAL', tenant_id: '', subject: '', amount: '3', window_kind: 'CONCURRENT', window_ms: '0', burst: '0', description: '' },
    ]);
    const resources = await conn.execute<Array<{ name: string }>>('select name from resources order by name');
    expect(resources.map((r) => r.name)).to.deep.equal(['maps', 'openai:gpt-4o']);
  });
});
