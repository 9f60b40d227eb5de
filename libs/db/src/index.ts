/**
 * PostgreSQL for one Sluice service: MikroORM 7 bound to the service's own schema, connect
 * retry, migrations, a readiness probe and SQLSTATE → SluiceError mapping.
 *
 * ```ts
 * import { createOrm, migrate, sqlMigration, mapDbError, defineEntity, p } from '@sluice/db';
 *
 * const Workflow = defineEntity({ name: 'Workflow', properties: { id: p.uuid().primary(), name: p.text() } });
 * const orm = await createOrm({
 *   url: config.DATABASE_URL, schema: 'workflow', entities: [Workflow], log,
 *   migrations: [sqlMigration('0001_workflow', () => 'create table workflow (id uuid primary key, name text not null unique)')],
 * });
 * await migrate(orm);                                   // → ['0001_workflow'] the first time
 * const em = orm.em.fork();                             // one per request
 * try { em.create(Workflow, { id, name }); await em.flush(); } catch (err) { throw mapDbError(err); }
 * // …on shutdown, last: await closeOrm(orm);
 * ```
 */
export { createOrm } from './create-orm.ts';
export { migrate } from './migrate.ts';
export { sqlMigration } from './sql-migration.ts';
export { checkDatabase } from './check-database.ts';
export { closeOrm } from './close-orm.ts';
export { query, queryOne, advisoryXactLock } from './query.ts';
export { createStatementPool } from './statement-pool.ts';
export { mapDbError } from './map-db-error.ts';
export { isConnectionError } from './is-connection-error.ts';
export { assertIdentifier, quoteIdentifier } from './identifier.ts';
export { fullJitterDelay } from './backoff.ts';
// Re-exported so that every service builds entities and migrations with the one MikroORM copy
// this library pins (MikroORM refuses entities defined with a second copy of @mikro-orm/core).
export { defineEntity, p, LockMode, raw } from '@mikro-orm/postgresql';
export { Migration } from '@mikro-orm/migrations';
export type { Orm, OrmOptions, ConnectOptions, MigrationEntry } from './create-orm.ts';
export type { StatementPool, StatementPoolOptions } from './statement-pool.ts';
export type { DatabaseHealth } from './check-database.ts';
export type { DbErrorSubject } from './map-db-error.ts';
export type { BackoffOptions } from './backoff.ts';
export type { EntityManager, InferEntity } from '@mikro-orm/postgresql';
