import { query, type EntityManager } from '@sluice/db';

/** Removes published rows (in the transaction that locked them). */
export async function deleteOutboxRows(tx: EntityManager, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await query(tx, 'delete from outbox where id = any(?::uuid[])', [ids]);
}
