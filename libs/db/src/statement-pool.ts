import pg from 'pg';
import type { Logger } from '@sluice/logging';
import { parseDatabaseUrl } from './database-url.ts';
import { assertIdentifier } from './identifier.ts';

/**
 * Connections of their own for a service's hot statements: each one a transaction by itself
 * that finds its rows by key (a claim, a completion, a batch of creations as data-modifying
 * CTEs). They run as named prepared statements, so each connection plans a statement once and
 * then sends bind parameters only: planning a big statement costs PostgreSQL about as much as
 * running it.
 *
 * A cached plan is made from the statistics of the moment, and a service's tables start empty:
 * a plan made then (a hash join over every RUNNING attempt, a sequential scan of the workflows
 * inside a nested loop) stays in use while the tables grow, until autovacuum analyses them,
 * a minute or more later. These sessions therefore plan without sequential scans, bitmap scans,
 * hash joins or merge joins, leaving the index lookups and nested loops that such statements
 * need at any table size. The service's other queries (lists, metrics) keep the ORM's pool and
 * the normal planner.
 */
export interface StatementPool {
  /** Runs `sql` (`$1`-style placeholders) as the prepared statement `name`, unique to that text, and returns its rows. */
  run<T>(name: string, sql: string, params: readonly unknown[]): Promise<T[]>;
  /**
   * Runs `fn` in one transaction on one connection: committed when it resolves, rolled back
   * when it throws. For a decision that must lock rows, decide in TypeScript and write back
   * before anyone else may see them (the quota service's ticks).
   */
  transaction<T>(fn: (run: <R>(name: string, sql: string, params: readonly unknown[]) => Promise<R[]>) => Promise<T>): Promise<T>;
  /** Waits for the statements under way, then closes every connection. */
  end(): Promise<void>;
}

export interface StatementPoolOptions {
  /** `postgresql://user:pass@host:port/database` (DATABASE_URL). */
  readonly url: string;
  /** The service's schema: the sessions' search_path, as in the ORM's sessions. */
  readonly schema: string;
  /** Connections at most. */
  readonly max: number;
  /** How long opening one connection may take. Default 5 s. */
  readonly connectTimeoutMs?: number;
  /**
   * false: the sessions commit without waiting for the WAL flush (synchronous_commit off), so
   * that a transaction's row locks go at once; the caller must then wait for durability itself
   * before it tells anyone what was committed (a later synchronous commit on another session
   * flushes all WAL before its own record). Default true.
   */
  readonly synchronousCommit?: boolean;
  readonly log: Logger;
}

/**
 * Planner settings of the sessions (libpq startup options: no extra round trip). JIT is off:
 * the disabled scans cost 1e10 each in the planner's estimate, which passes jit_above_cost, and
 * PostgreSQL then compiled a key lookup of a few rows for 0.6 s (seen on the quota service's
 * tick statement: 626 ms, of which 606 ms JIT).
 */
const KEY_LOOKUP_PLANNER = ['enable_seqscan=off', 'enable_bitmapscan=off', 'enable_hashjoin=off', 'enable_mergejoin=off', 'jit=off'] as const;

export function createStatementPool(options: StatementPoolOptions): StatementPool {
  const schema = assertIdentifier('schema', options.schema);
  const pool = new pg.Pool({
    connectionString: parseDatabaseUrl(options.url).clientUrl,
    max: options.max,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    options: [`search_path=${schema}`, ...KEY_LOOKUP_PLANNER, ...(options.synchronousCommit === false ? ['synchronous_commit=off'] : [])].map((o) => `-c ${o}`).join(' '),
  });
  // An idle connection the server closed (a restart) is dropped by the pool; the next statement opens a new one.
  pool.on('error', (err) => options.log.warn({ err }, 'an idle statement-pool connection failed; it is replaced on next use'));
  let ended: Promise<void> | undefined;
  return {
    async run<T>(name: string, sql: string, params: readonly unknown[]): Promise<T[]> {
      const result = await pool.query({ name, text: sql, values: params as unknown[] });
      return result.rows as T[];
    },
    async transaction<T>(fn: (run: <R>(name: string, sql: string, params: readonly unknown[]) => Promise<R[]>) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: unknown;
      try {
        await client.query('begin');
        const result = await fn(async <R>(name: string, sql: string, params: readonly unknown[]) => {
          const r = await client.query({ name, text: sql, values: params as unknown[] });
          return r.rows as R[];
        });
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch((e: unknown) => (broken = e));
        throw err;
      } finally {
        // A connection whose rollback failed is in an unknown state: the pool drops it.
        client.release(broken === undefined ? undefined : (broken as Error));
      }
    },
    end: () => (ended ??= pool.end()),
  };
}
