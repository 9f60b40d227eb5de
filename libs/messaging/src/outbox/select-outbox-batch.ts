import { query, type EntityManager } from '@sluice/db';
import type { CloudEvent } from '../cloud-event.ts';

export interface OutboxRow {
  readonly id: string;
  readonly subject: string;
  readonly payload: CloudEvent;
  readonly trace: Record<string, string>;
}

/**
 * The oldest `limit` outbox rows that no other transaction holds, locked until `tx` ends
 * (`for update skip locked`): relays on several replicas take disjoint batches instead of
 * waiting on, or publishing, each other's rows. `id` (a UUID v7) orders rows of one
 * transaction, which all share its `now()`. `minAgeMs` leaves younger rows alone.
 */
export function selectOutboxBatch(tx: EntityManager, limit: number, minAgeMs = 0): Promise<OutboxRow[]> {
  return query<OutboxRow>(
    tx,
    `select id, subject, payload, trace from outbox where created_at <= now() - make_interval(secs => ?::double precision / 1000)
     order by created_at, id limit ? for update skip locked`,
    [minAgeMs, limit],
  );
}
