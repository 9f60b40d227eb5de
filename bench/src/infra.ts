import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { deleteStreams } from '@sluice/testing';

/** Where the machine's servers are; run.sh exports DATABASE_URL and NATS_URL (scripts/infra.sh). */
export interface Infra {
  /** A URL of the server's maintenance database: bench databases are created next to it. */
  readonly adminUrl: string;
  readonly natsUrl: string;
  readonly redisHost: string;
  readonly redisPort: number;
}

export function infraFromEnv(env: NodeJS.ProcessEnv = process.env): Infra {
  const redis = new URL(env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  return {
    adminUrl: env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    natsUrl: env.NATS_URL ?? 'nats://127.0.0.1:4222',
    redisHost: redis.hostname,
    redisPort: Number(redis.port || 6379),
  };
}

export function randomId(bytes = 4): string {
  return randomBytes(bytes).toString('hex');
}

/** A fresh database `bench_<name>_<random>`; `drop()` removes it (with force). */
export interface BenchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

export async function createDatabase(infra: Infra, name: string): Promise<BenchDatabase> {
  const db = `bench_${name}_${randomId()}`;
  await adminQuery(infra, `create database ${db}`);
  const url = new URL(infra.adminUrl);
  url.pathname = `/${db}`;
  let dropped = false;
  return {
    name: db,
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await adminQuery(infra, `drop database if exists ${db} with (force)`);
    },
  };
}

export async function adminQuery(infra: Infra, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: infra.adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Removes the run's JetStream streams (`<PREFIX>_EVENTS`, `<PREFIX>_TASKS`). */
export async function removeStreams(infra: Infra, prefix: string): Promise<void> {
  await deleteStreams(infra.natsUrl, prefix);
}

/** A port that was free a moment ago, for a child process that must be told one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls an HTTP URL until it answers 200, or throws after `timeoutMs`. */
export async function waitHttpOk(url: string, timeoutMs: number, alive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!alive()) throw new Error(`the process behind ${url} exited before it was ready`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Polls `probe` until it returns 0 (or `until` is true); resolves with the time it did, or rejects after `timeoutMs`. */
export async function pollUntil(probe: () => Promise<boolean>, options: { intervalMs: number; timeoutMs: number; what: string }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what}`);
    await sleep(options.intervalMs);
  }
}
