import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';

/**
 * Per-run isolation for the test suite: a fresh PostgreSQL database and a unique NATS
 * subject/stream prefix, both removed afterwards, so runs never collide or leave anything.
 */
export interface TestEnvironment {
  /** The fresh database, e.g. postgresql://…/sluice_test_ab12cd. */
  readonly databaseUrl: string;
  readonly natsUrl: string;
  /** The subject root for this run, e.g. `t_ab12cd`; stream names derive from it. */
  readonly prefix: string;
  dispose(): Promise<void>;
}

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

export function randomId(bytes = 4): string {
  return randomBytes(bytes).toString('hex');
}

export async function createTestEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<TestEnvironment> {
  const baseUrl = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const natsUrl = env.NATS_URL ?? DEFAULT_NATS_URL;
  const id = randomId();
  const database = `sluice_test_${id}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${database}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  const prefix = `t_${id}`;
  return {
    databaseUrl: url.toString(),
    natsUrl,
    prefix,
    async dispose() {
      await deleteStreams(natsUrl, prefix);
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${database} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Removes every JetStream stream whose name starts with the prefix (upper-cased, as messaging names them). */
export async function deleteStreams(natsUrl: string, prefix: string): Promise<void> {
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await jetstreamManager(nc);
    const head = prefix.toUpperCase();
    for await (const info of jsm.streams.list()) {
      if (info.config.name.startsWith(head)) await jsm.streams.delete(info.config.name);
    }
  } finally {
    await nc.close();
  }
}
