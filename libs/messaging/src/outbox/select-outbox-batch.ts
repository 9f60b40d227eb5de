import { LockMode, type EntityManager } from '@sluice/db';
import { OutboxMessage } from './outbox-message.ts';

/**
 * The oldest `limit` outbox rows that no other transaction holds, locked until `tx` ends
 * (`for update skip locked`): relays on several replicas take disjoint batches instead of
 * waiting on, or publishing, each other's rows. `id` (a UUID v7) orders rows of one
 * transaction, which all share its `now()`.
 */
export function selectOutboxBatch(tx: EntityManager, limit: number): Promise<OutboxMessage[]> {
  return tx.find(OutboxMessage, {}, { orderBy: { createdAt: 'asc', id: 'asc' }, limit, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
}
