import { expect } from 'chai';
import { closeOrm, createOrm, migrate, type Orm } from '@sluice/db';
import { createLogger } from '@sluice/logging';
import { OutboxMessage } from '@sluice/messaging';
import { randomId, suiteEnv } from '@sluice/testing';
import { resolveStages } from '../src/domain/definition.ts';
import { engineDefaults, readConfig } from '../src/config.ts';
import { MIGRATIONS } from '../src/store/migrations.ts';
import { registerDefinition } from '../src/store/register-definition.ts';

// A database that ran the service before a migration existed keeps its data through it.
describe('the workflow schema migrations on a database with data', function () {
  this.timeout(30_000);
  const schema = `wf_migrate_${randomId(6).toLowerCase()}`;
  const open = (migrations: typeof MIGRATIONS) =>
    createOrm({ url: suiteEnv().databaseUrl, schema, entities: [OutboxMessage], migrations, log: createLogger({ service: 'workflow-migrations-test', level: 'silent' }) });
  let orm: Orm | undefined;

  after(async () => {
    if (orm !== undefined) {
      await orm.em.getConnection().execute(`drop schema ${schema} cascade`);
      await closeOrm(orm);
    }
  });

  it('0005 (stage priorities) keeps every workflow\'s priority and gives stored stages the default 0, so their versions hold', async () => {
    const before = await open(MIGRATIONS.slice(0, 4));
    await migrate(before);
    // Stages as every version before 0005 stored them: no priority key.
    const old = resolveStages('legacy', [{ name: 'fetch', maxConcurrency: 2 }, { name: 'index' }], null, engineDefaults(readConfig({ DATABASE_URL: suiteEnv().databaseUrl, NATS_URL: suiteEnv().natsUrl })));
    const stored = old.map(({ priority: _drop, ...rest }) => rest);
    const options = { maxConcurrency: 0, maxConcurrencyPerTenant: 0, timeoutMs: 0, maxQueuedPerTenant: 0 };
    const sql = before.em.getConnection();
    await sql.execute(`insert into definitions (type, version, stages, options) values ('legacy', 1, ?::jsonb, ?::jsonb)`, [JSON.stringify(stored), JSON.stringify(options)]);
    await sql.execute(`insert into workflows (id, tenant_id, type, definition_version, state, input, priority)
                       values ('0193a8f0-0000-7000-8000-000000000001', 't', 'legacy', 1, 'QUEUED', '{}', 2),
                              ('0193a8f0-0000-7000-8000-000000000002', 't', 'legacy', 1, 'QUEUED', '{}', 0)`);
    await closeOrm(before);

    orm = await open(MIGRATIONS);
    expect(await migrate(orm)).to.deep.equal(['0005_stage_priorities']);
    const em = orm.em.fork();
    const rows = await em.getConnection().execute<Array<{ id: string; priority: number | null }>>('select id, priority from workflows order by id');
    expect(rows.map((r) => r.priority)).to.deep.equal([2, 0]);
    const [def] = await em.getConnection().execute<Array<{ stages: Array<Record<string, unknown>> }>>("select stages from definitions where type = 'legacy'");
    expect(def!.stages).to.deep.equal(stored.map((s) => ({ ...s, priority: 0 })));
    // The same stages registered again (as a worker does at start) find that version.
    const again = await em.transactional((tx) => registerDefinition(tx, 'legacy', old, options));
    expect(again.version).to.equal(1);
    // A workflow created without a priority of its own can be stored now.
    await em.getConnection().execute(`insert into workflows (id, tenant_id, type, definition_version, state, input, priority)
                                      values ('0193a8f0-0000-7000-8000-000000000003', 't', 'legacy', 1, 'QUEUED', '{}', null)`);
  });
});
