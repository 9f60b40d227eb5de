import type { Orm } from './create-orm.ts';

/**
 * Applies the pending migrations of `orm`'s schema and returns their names (none when the
 * schema is current). All pending migrations run in one transaction that first takes a
 * transaction-scoped advisory lock keyed by the schema: replicas that start together queue
 * on it, and each later one then finds the work done instead of running DDL twice.
 */
export async function migrate(orm: Orm): Promise<string[]> {
  const schema = orm.config.get('schema') ?? 'public';
  const connection = orm.em.getConnection();
  const applied = await connection.transactional(async (trx) => {
    await connection.execute('select pg_advisory_xact_lock(hashtext(?))', [`sluice:migrate:${schema}`], 'all', trx);
    return orm.migrator.up({ transaction: trx });
  });
  return applied.map((m) => m.name);
}
