import { raw, type EntityManager } from '@sluice/db';
import { OutboxMessage } from './outbox-message.ts';

/** Counts a failed publish of a row, which stays for the next round. */
export async function recordOutboxFailure(tx: EntityManager, id: string): Promise<void> {
  await tx.nativeUpdate(OutboxMessage, { id }, { attempts: raw('attempts + 1') });
}
