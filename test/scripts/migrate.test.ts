import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import pg from 'pg';
import { suiteEnv } from '@sluice/testing';
import { ROOT } from '../support/platform-harness.ts';

describe('npm run migrate (scripts/migrate.ts)', function () {
  this.timeout(60_000);
  const database = `sluice_migrate_${process.pid}`;
  let admin: pg.Client;
  let url: string;

  const migrate = () =>
    promisify(execFile)(process.execPath, [join(ROOT, 'scripts/migrate.ts')], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });

  before(async () => {
    const env = suiteEnv();
    admin = new pg.Client({ connectionString: env.databaseUrl });
    await admin.connect();
    await admin.query(`create database ${database}`);
    const u = new URL(env.databaseUrl);
    u.pathname = `/${database}`;
    url = u.toString();
  });

  after(async () => {
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  });

  it('creates every service schema on an empty database, then finds nothing to do', async () => {
    const first = await migrate();
    for (const schema of ['gateway', 'workflow', 'quota', 'storage', 'monitoring']) expect(first.stdout).to.match(new RegExp(`^${schema} +applied `, 'm'));
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const tables = (await db.query("select table_schema || '.' || table_name as t from information_schema.tables where table_schema in ('gateway','workflow')")).rows.map((r) => r.t as string);
      expect(tables).to.include.members(['gateway.api_keys', 'workflow.workflows', 'workflow.outbox', 'workflow.workflow_transitions']);
    } finally {
      await db.end();
    }
    const second = await migrate();
    expect(second.stdout.trim().split('\n').every((line) => line.endsWith('up to date'))).to.equal(true);
  });
});
