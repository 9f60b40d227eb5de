import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SluiceError } from '@sluice/errors';
import type { Logger } from '@sluice/logging';
import { fullJitterDelay, sleep, type BackoffOptions } from './backoff.ts';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url.ts';
import { assertIdentifier } from './identifier.ts';
import { isConnectionError } from './is-connection-error.ts';
import { ensureSchema } from './ensure-schema.ts';
import { ormLoggerFactory } from './orm-logger.ts';

/** The ORM of one service, bound to that service's schema. Call `orm.em.fork()` per request. */
export type Orm = MikroORM;

/** What `migrationsList` takes: a Migration class, or `{ name, class }` (see `sqlMigration`). */
export type MigrationEntry = NonNullable<NonNullable<Options['migrations']>['migrationsList']>[number];

export interface ConnectOptions extends BackoffOptions {
  /** How long one connection attempt may take (pg's `connectionTimeoutMillis`). */
  readonly timeoutMs: number;
}

export interface OrmOptions {
  /** `postgresql://user:pass@host:port/database` (DATABASE_URL). */
  readonly url: string;
  /** The service's own schema; created when missing. Entities and the migrations table live here. */
  readonly schema: string;
  /** `defineEntity(...)` schemas (or classes) of this service. */
  readonly entities: NonNullable<Options['entities']>;
  /** Applied in order by `migrate(orm)`; names must never change once shipped. */
  readonly migrations?: readonly MigrationEntry[];
  readonly log: Logger;
  readonly pool?: { readonly min?: number; readonly max?: number; readonly idleTimeoutMs?: number };
  readonly connect?: Partial<ConnectOptions>;
  /** Log every SQL statement at debug level. */
  readonly debugSql?: boolean;
}

const DEFAULT_CONNECT: ConnectOptions = { attempts: 10, baseDelayMs: 200, maxDelayMs: 5_000, timeoutMs: 5_000 };

/**
 * Builds the ORM for one service and waits until PostgreSQL answers, retrying with
 * exponential backoff and full jitter; then makes sure the service's schema exists.
 * Thrown (SluiceError UNAVAILABLE, naming host and port) when the database cannot be
 * reached within `connect.attempts`; other failures (bad password, no such database) are
 * thrown as they are, at once, because waiting will not fix them.
 */
export async function createOrm(options: OrmOptions): Promise<Orm> {
  const schema = assertIdentifier('schema', options.schema);
  const target = parseDatabaseUrl(options.url);
  const connect = { ...DEFAULT_CONNECT, ...options.connect };
  const orm = new MikroORM({
    driver: PostgreSqlDriver,
    clientUrl: target.clientUrl,
    schema,
    entities: options.entities,
    extensions: [Migrator],
    // The database is made by whoever deploys the platform; a service only owns its schema.
    ensureDatabase: false,
    discovery: { warnWhenNoEntities: false },
    pool: { min: options.pool?.min ?? 0, max: options.pool?.max ?? 10, idleTimeoutMillis: options.pool?.idleTimeoutMs ?? 30_000 },
    driverOptions: {
      // pg waits forever for a connection by default; a dead server must fail the attempt instead.
      connectionTimeoutMillis: connect.timeoutMs,
      // Every session resolves unqualified names in the service's schema only (a libpq startup
      // parameter, so no extra round-trip): raw SQL and hand-written migrations say `workflows`,
      // not `workflow.workflows`, and cannot reach another service's tables by accident.
      options: `-c search_path=${schema}`,
    },
    migrations: {
      migrationsList: [...(options.migrations ?? [])],
      tableName: 'mikro_orm_migrations',
      // Snapshots are for generating migrations from entity diffs; ours are hand-written SQL,
      // and a snapshot write would try to create ./migrations in a read-only container.
      snapshot: false,
      silent: true,
      transactional: true,
      allOrNothing: true,
    },
    debug: options.debugSql === true,
    loggerFactory: ormLoggerFactory(options.log),
  });
  await orm.connect();
  try {
    await waitForDatabase(orm, schema, target, connect, options.log);
  } catch (err) {
    await orm.close(true);
    throw err;
  }
  return orm;
}

async function waitForDatabase(orm: Orm, schema: string, target: DatabaseTarget, connect: ConnectOptions, log: Logger): Promise<void> {
  const where = `${target.host}:${target.port}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await ensureSchema(orm.em.fork(), schema);
      if (attempt > 1) log.info({ host: where, attempt }, 'database connected');
      return;
    } catch (err) {
      if (!isConnectionError(err)) throw err;
      if (attempt >= connect.attempts) {
        log.error({ host: where, attempts: attempt, err }, 'database unreachable, giving up');
        throw SluiceError.unavailable(`database at ${where}`, err);
      }
      const delayMs = fullJitterDelay(attempt, connect);
      log.warn({ host: where, attempt, attempts: connect.attempts, delayMs, reason: (err as Error).message }, 'database unreachable, retrying');
      await sleep(delayMs);
    }
  }
}
