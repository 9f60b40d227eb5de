import { expect } from 'chai';
import { createServer, type Server } from 'node:net';
import { suiteEnv, randomId, type SuiteEnv } from '@sluice/testing';
import { ErrorCode, SluiceError } from '@sluice/errors';
import { checkDatabase, closeOrm, createOrm, defineEntity, mapDbError, migrate, p, query, queryOne, sqlMigration, type Orm } from '../src/index.ts';
import { memoryLogger } from './helpers.ts';

const Gadget = defineEntity({
  name: 'Gadget',
  tableName: 'gadget',
  properties: {
    id: p.uuid().primary(),
    name: p.text().unique(),
  },
});

const migrations = [
  sqlMigration('0001_gadget', () => 'create table gadget (id uuid primary key, name text not null unique)'),
  sqlMigration('0002_gadget_index', (schema) => `create index gadget_name_lower on ${schema}.gadget (lower(name))`),
];

describe('createOrm', () => {
  // suiteEnv() reads what the global setup wrote, so only once mocha has run it (not at load).
  let env: SuiteEnv;
  const schema = `db_${randomId()}`;
  let orm: Orm;

  before(async () => {
    env = suiteEnv();
    orm = await createOrm({ url: env.databaseUrl, schema, entities: [Gadget], migrations, log: memoryLogger().log });
  });
  after(async () => {
    await closeOrm(orm);
  });

  it('creates the schema and applies every migration once', async () => {
    expect(await migrate(orm)).to.deep.equal(['0001_gadget', '0002_gadget_index']);
    expect(await migrate(orm)).to.deep.equal([]);
    const tables = await orm.em
      .fork()
      .execute<{ table_name: string }[]>('select table_name from information_schema.tables where table_schema = ? order by 1', [schema]);
    expect(tables.map((t) => t.table_name)).to.deep.equal(['gadget', 'mikro_orm_migrations']);
  });

  it('lets two replicas migrate at the same time', async () => {
    const other = await createOrm({ url: env.databaseUrl, schema: `${schema}_b`, entities: [Gadget], migrations, log: memoryLogger().log });
    const again = await createOrm({ url: env.databaseUrl, schema: `${schema}_b`, entities: [Gadget], migrations, log: memoryLogger().log });
    try {
      const [a, b] = await Promise.all([migrate(other), migrate(again)]);
      expect([...a, ...b].sort()).to.deep.equal(['0001_gadget', '0002_gadget_index']);
    } finally {
      await closeOrm(other);
      await closeOrm(again);
    }
  });

  it('maps a unique violation to ALREADY_EXISTS', async () => {
    const em = orm.em.fork();
    em.create(Gadget, { id: crypto.randomUUID(), name: 'sprocket' });
    await em.flush();
    const again = orm.em.fork();
    again.create(Gadget, { id: crypto.randomUUID(), name: 'sprocket' });
    const err = mapDbError(await again.flush().catch((e: unknown) => e));
    expect(err).to.be.instanceOf(SluiceError);
    expect((err as SluiceError).code).to.equal(ErrorCode.ALREADY_EXISTS);
    expect((err as SluiceError).message).to.equal('gadget name=sprocket already exists');
    const named = mapDbError(await orm.em.fork().execute("insert into gadget values (gen_random_uuid(), 'sprocket')").catch((e: unknown) => e), {
      kind: 'gadget',
      id: 'sprocket',
    });
    expect((named as SluiceError).message).to.equal('gadget sprocket already exists');
  });

  it('maps a serialization failure to CONFLICT and leaves other errors alone', async () => {
    const conflict = await orm.em
      .fork()
      .execute("do $$ begin raise exception using errcode = '40001'; end $$")
      .catch((e: unknown) => e);
    expect((mapDbError(conflict) as SluiceError).code).to.equal(ErrorCode.CONFLICT);
    const syntax = await orm.em.fork().execute('selec 1').catch((e: unknown) => e);
    expect(mapDbError(syntax)).to.equal(syntax);
  });

  it('maps a pool with no free connection in time to UNAVAILABLE, not an internal error', async () => {
    const small = await createOrm({ url: env.databaseUrl, schema, entities: [Gadget], log: memoryLogger().log, pool: { max: 1 }, connect: { timeoutMs: 300 } });
    try {
      let release!: () => void;
      const held = small.em.fork().transactional(() => new Promise<void>((r) => (release = r)));
      await new Promise((r) => setTimeout(r, 50));
      const starved = await query(small.em.fork(), 'select 1').catch((e: unknown) => e);
      release();
      await held;
      const mapped = mapDbError(starved) as SluiceError;
      expect(mapped.code).to.equal(ErrorCode.UNAVAILABLE);
      expect(mapped.message).to.equal('database is unavailable');
    } finally {
      await closeOrm(small);
    }
  });

  it('runs statements with bind parameters, arrays as PostgreSQL arrays, in the open transaction', async () => {
    const rows = await query<{ n: number; total: number }>(orm.em.fork(), 'select ?::int as n, (select sum(x)::int from unnest(?::int[]) x) as total', [41, [1, 2, 3]]);
    expect(rows).to.deep.equal([{ n: 41, total: 6 }]);
    // A literal with a quote travels as a value, never as SQL.
    expect(await queryOne<{ v: string }>(orm.em.fork(), 'select ?::text as v', ["it's; drop table x"])).to.deep.equal({ v: "it's; drop table x" });
    const seen = await orm.em.fork().transactional(async (tx) => {
      await query(tx, 'create temporary table tx_probe (v int) on commit drop');
      await query(tx, 'insert into tx_probe values (?)', [7]);
      return queryOne<{ v: number }>(tx, 'select v from tx_probe');
    });
    expect(seen).to.deep.equal({ v: 7 });
  });

  it('logs SQL at debug level, as plain JSON, when debugSql is on', async () => {
    const { log, lines } = memoryLogger();
    const traced = await createOrm({ url: env.databaseUrl, schema, entities: [Gadget], log, debugSql: true });
    try {
      await traced.em.fork().find(Gadget, {});
    } finally {
      await closeOrm(traced);
    }
    const query = lines().find((l) => typeof l.msg === 'string' && l.msg.startsWith('select'));
    expect(query).to.include({ level: 'debug', namespace: 'query' });
    expect(query?.msg).to.not.contain(String.fromCharCode(27));
  });

  it('reports the database as ready', async () => {
    expect(await checkDatabase(orm)).to.deep.equal({ ok: true });
  });
});

describe('createOrm against an unreachable database', () => {
  let closedPort: number;
  before(async () => {
    // A port that was just free: bind, read it, release it; nothing listens there afterwards.
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closedPort = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('retries with backoff, then gives up with UNAVAILABLE naming the host', async () => {
    const { log, lines } = memoryLogger();
    const started = Date.now();
    const err = await createOrm({
      url: `postgresql://postgres@127.0.0.1:${closedPort}/nowhere`,
      schema: 'nowhere',
      entities: [],
      log,
      connect: { attempts: 3, baseDelayMs: 10, maxDelayMs: 20 },
    }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(SluiceError);
    expect((err as SluiceError).code).to.equal(ErrorCode.UNAVAILABLE);
    expect((err as SluiceError).message).to.contain(`127.0.0.1:${closedPort}`);
    const retries = lines().filter((l) => l.msg === 'database unreachable, retrying');
    expect(retries.map((l) => l.attempt)).to.deep.equal([1, 2]);
    for (const line of retries) expect(line.delayMs).to.be.a('number').within(0, 20);
    expect(Date.now() - started).to.be.below(5_000);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    const err = await createOrm({ url: 'postgresql://postgres@127.0.0.1/x', schema: 'a"; drop', entities: [], log: memoryLogger().log }).catch((e: unknown) => e);
    expect((err as SluiceError).code).to.equal(ErrorCode.INVALID_ARGUMENT);
  });
});
