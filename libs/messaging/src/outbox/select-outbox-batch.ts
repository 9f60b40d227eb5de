import { query, type EntityManager } from '@sluice/db';
import type { CloudEvent } from '../cloud-event.ts';
import type { OutboxBatch, OutboxEntry } from './write-outbox.ts';

interface OutboxRow {
  readonly id: string;
  readonly subject: string | null;
  readonly payload: CloudEvent | null;
  readonly trace: Record<string, string>;
  readonly entries: OutboxEntry[] | null;
}

/**
 * The oldest `limit` outbox rows that no other transaction holds, locked until `tx` ends
 * (`for update skip locked`): relays on several replicas take disjoint batches instead of
 * waiting on, or publishing, each other's rows. `id` (a UUID v7) orders rows of one
 * transaction, which all share its `now()`. `minAgeMs` leaves younger rows alone.
 */
export async function selectOutboxBatch(tx: EntityManager, limit: number, minAgeMs = 0): Promise<OutboxBatch[]> {
  const rows = await query<OutboxRow>(
    tx,
    `select id, subject, payload, trace, entries from outbox where created_at <= now() - make_interval(secs => ?::double precision / 1000)
     order by created_at, id limit ? for update skip locked`,
    [minAgeMs, limit],
  );
  // A row of several messages (`entries`), or of one (written before outbox_entries).
  return rows.map((r) => ({ rowId: r.id, entries: r.entries ?? [{ subject: r.subject!, event: r.payload!, trace: r.trace }] }));
}
