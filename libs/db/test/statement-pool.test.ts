import { expect } from 'chai';
import pg from 'pg';
import { suiteEnv, randomId, type SuiteEnv } from '@sluice/testing';
import { createStatementPool, type StatementPool } from '../src/index.ts';
import { memoryLogger } from './helpers.ts';

// A lookup by key of the kind the hot paths make: items of a JSON batch joined to their rows.
const LOOKUP = `select p.id, p.n from jsonb_to_recordset($1::jsonb) as x(id int) join parent p on p.id = x.id`;
const ITEMS = JSON.stringify([{ id: 7 }, { id: 19_000 }]);

describe('createStatementPool', () => {
  let env: SuiteEnv;
  const schema = `stmt_${randomId()}`;
  let admin: pg.Client;
  let statements: StatementPool;

  before(async () => {
    env = suiteEnv();
    admin = new pg.Client({ connectionString: env.databaseUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.query(`create table ${schema}.parent (id int primary key, n int not null)`);
    // One connection, so that every statement of a test meets the plan its predecessors left.
    statements = createStatementPool({ url: env.databaseUrl, schema, max: 1, log: memoryLogger().log });
  });
  after(async () => {
    await statements.end();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  });

  it('runs statements in the service schema and answers with their rows', async () => {
    await admin.query(`insert into ${schema}.parent values (1, 10), (2, 20)`);
    const rows = await statements.run<{ id: number; n: number }>('t_sum', 'select id, n from parent where id = any($1::int[]) order by id', [[1, 2]]);
    expect(rows).to.deep.equal([
      { id: 1, n: 10 },
      { id: 2, n: 20 },
    ]);
    await admin.query(`truncate ${schema}.parent`);
  });

  it('keeps looking rows up by key after the tables grow from empty, where the default planner keeps its first plan', async () => {
    const plain = new pg.Client({ connectionString: env.databaseUrl, options: `-c search_path=${schema}` });
    await plain.connect();
    try {
      // Prepared and run while the table is empty: from the sixth run on, each session reuses a generic plan.
      for (let i = 0; i < 8; i++) {
        expect(await statements.run('t_lookup', LOOKUP, [ITEMS])).to.deep.equal([]);
        await plain.query({ name: 't_lookup', text: LOOKUP, values: [ITEMS] });
      }
      await admin.query(`insert into ${schema}.parent select g, g * 10 from generate_series(1, 20000) g`);

      const planOf = async (run: (sql: string) => Promise<Array<Record<string, string>>>) =>
        (await run(`explain execute t_lookup('${ITEMS}')`)).map((r) => r['QUERY PLAN']).join('\n');
      const ours = await planOf((sql) => statements.run('t_explain', sql, []));
      const theirs = await planOf(async (sql) => (await plain.query<Record<string, string>>(sql)).rows);

      expect(ours).to.include('Index Scan using parent_pkey');
      expect(ours).not.to.match(/Seq Scan|Hash Join|Merge Join/);
      // What the settings prevent: the session with the default planner scans the whole table.
      expect(theirs).to.match(/Seq Scan on parent/);
      expect(await statements.run('t_lookup', LOOKUP, [ITEMS])).to.deep.equal([
        { id: 7, n: 70 },
        { id: 19_000, n: 190_000 },
      ]);
    } finally {
      await plain.end();
    }
  });

  it('can be ended twice', async () => {
    const other = createStatementPool({ url: env.databaseUrl, schema, max: 1, log: memoryLogger().log });
    await other.run('t_one', 'select 1 as one', []);
    await Promise.all([other.end(), other.end()]);
  });
});
