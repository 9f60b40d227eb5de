import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from '../store/sql.ts';

/**
 * The database clock (the transaction's start inside one): windows and ages are measured
 * against the same clock that stamped the rows, not this host's.
 */
export async function dbNow(em: EntityManager): Promise<Date> {
  const row = await queryOne<{ now: string }>(em, 'select now() as now');
  return new Date(row!.now);
}
