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
  readonly log: Logger;
}

/** Planner settings of the sessions (libpq startup options: no extra round trip). */
const KEY_LOOKUP_PLANNER = ['enable_seqscan=off', 'enable_bitmapscan=off', 'enable_hashjoin=off', 'enable_mergejoin=off'] as const;

export function createStatementPool(options: StatementPoolOptions): StatementPool {
  const schema = assertIdentifier('schema', options.schema);
  const pool = new pg.Pool({
    connectionString: parseDatabaseUrl(options.url).clientUrl,
    max: options.max,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    options: [`search_path=${schema}`, ...KEY_LOOKUP_PLANNER].map((o) => `-c ${o}`).join(' '),
  });
  // An idle connection the server closed (a restart) is dropped by the pool; the next statement opens a new one.
  pool.on('error', (err) => options.log.warn({ err }, 'an idle statement-pool connection failed; it is replaced on next use'));
  let ended: Promise<void> | undefined;
  return {
    async run<T>(name: string, sql: string, params: readonly unknown[]): Promise<T[]> {
      const result = await pool.query({ name, text: sql, values: params as unknown[] });
      return result.rows as T[];
    },
    end: () => (ended ??= pool.end()),
  };
}
