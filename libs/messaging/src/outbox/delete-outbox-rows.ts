import type { EntityManager } from '@sluice/db';
import { OutboxMessage } from './outbox-message.ts';

/** Removes published rows (in the transaction that locked them). */
export async function deleteOutboxRows(tx: EntityManager, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.nativeDelete(OutboxMessage, { id: { $in: [...ids] } });
}
