import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, freePort, waitHttpOk, type BenchDatabase, type Infra } from '../infra.ts';
import { BENCH_DIR } from '../paths.ts';
import { ServiceProcess } from '../service-process.ts';
import { once } from '../systems/system.ts';
import type { ComparatorConfig } from './comparator-server.ts';
import type { BenchLimit } from './limits.ts';
import { insertNaiveLimit, NAIVE_SCHEMA } from './naive-store.ts';
import type { QuotaTarget } from './target.ts';

/**
 * Connections of the naive server's pool, its best of 4/8/16/32/64 on this machine
 * (bench/README.md): more connections only queue on the hot key's row lock, while 100 keys
 * use them. BENCH_NAIVE_POOL sets both.
 */
export const NAIVE_POOL = {
  hot: Number(process.env.BENCH_NAIVE_POOL ?? 16),
  spread: Number(process.env.BENCH_NAIVE_POOL ?? 32),
} as const;

async function startComparator(name: string, entry: string, config: Omit<ComparatorConfig, 'grpcPort' | 'opsPort'>, verbose: boolean): Promise<{ process: ServiceProcess; address: string }> {
  const grpcPort = await freePort();
  const opsPort = await freePort();
  const proc = new ServiceProcess(name, ['--import', '@sluice/telemetry/register', entry], {
    cwd: BENCH_DIR,
    verbose,
    env: { ...process.env, BENCH_QUOTA_SERVER: JSON.stringify({ ...config, grpcPort, opsPort } satisfies ComparatorConfig) },
  });
  try {
    await waitHttpOk(`http://127.0.0.1:${opsPort}/readyz`, 30_000, () => proc.alive);
  } catch (err) {
    await proc.stop();
    throw new Error(`${(err as Error).message}\n${proc.tail}`);
  }
  return { process: proc, address: `127.0.0.1:${grpcPort}` };
}

/** The naive comparator (src/quota/naive-server.ts) on a fresh database of its own. */
export async function startNaive(infra: Infra, options: { poolMax: number; verbose: boolean }): Promise<QuotaTarget> {
  const db: BenchDatabase = await createDatabase(infra, 'naive');
  const client = new pg.Client({ connectionString: db.url });
  let server: { process: ServiceProcess; address: string } | undefined;
  const stop = once(async () => {
    await server?.process.stop();
    await client.end().catch(() => undefined);
  });
  const teardown = once(async () => {
    await stop();
    await db.drop();
  });
  try {
    await client.connect();
    for (const sql of NAIVE_SCHEMA) await client.query(sql);
    server = await startComparator('naive server', join('src', 'quota', 'naive-server.ts'), { databaseUrl: db.url, poolMax: options.poolMax }, options.verbose);
  } catch (err) {
    await teardown();
    throw err;
  }
  const proc = server.process;
  return {
    name: 'naive',
    settings: `one Node process (grpc-js through @sluice/grpc, @sluice/telemetry/register like the service), node-pg pool of ${options.poolMax}; per acquire BEGIN; SELECT the counter FOR UPDATE; decide (GCRA or fixed window, PostgreSQL's clock); UPDATE it; INSERT the grant (idempotency key unique); COMMIT. Per commit BEGIN; UPDATE the grant; UPDATE the counter; COMMIT. Named prepared statements`,
    addresses: [server.address],
    processes: { 'naive server': proc.pid },
    database: db.name,
    // The server reads a resource's limit on its first request.
    define: (limit: BenchLimit) => insertNaiveLimit(client, limit),
    async stop() {
      await stop();
      return { 'naive server': proc.loopFile };
    },
    teardown,
  };
}

/** The gRPC floor (src/quota/floor-server.ts): the same two calls answered without a database. */
export async function startFloor(options: { verbose: boolean }): Promise<QuotaTarget> {
  const server = await startComparator('floor server', join('src', 'quota', 'floor-server.ts'), {}, options.verbose);
  const stop = once(() => server.process.stop());
  return {
    name: 'grpc-floor',
    settings: 'one Node process answering AcquireGrant and CommitGrant at once with messages of the same shape (no database): the transport alone',
    addresses: [server.address],
    processes: { 'floor server': server.process.pid },
    define: async () => undefined,
    async stop() {
      await stop();
      return { 'floor server': server.process.loopFile };
    },
    teardown: stop,
  };
}
