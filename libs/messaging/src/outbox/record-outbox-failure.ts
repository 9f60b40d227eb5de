import { query, type EntityManager } from '@sluice/db';

/** Counts a failed publish of these rows, which stay for the next round. */
export async function recordOutboxFailure(tx: EntityManager, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await query(tx, 'update outbox set attempts = attempts + 1 where id = any(?::uuid[])', [ids]);
}
