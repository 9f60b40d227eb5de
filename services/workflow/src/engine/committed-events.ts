import type { CloudEvent, OutboxEntry } from '@sluice/messaging';
import type { OutboxRowJson } from '../store/event-sql.ts';

/** An outbox row a single statement wrote and returned, as the publisher takes it. */
export function outboxEntryOf(row: OutboxRowJson): OutboxEntry {
  return { subject: row.subject, event: row.payload as unknown as CloudEvent, trace: row.trace };
}
