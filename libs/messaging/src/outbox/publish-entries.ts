import { ROOT_CONTEXT } from '@opentelemetry/api';
import type { JetStreamClient } from '@nats-io/jetstream';
import { contextFromCarrier } from '@sluice/telemetry';
import { publishEvent } from '../publish-event.ts';
import type { OutboxBatch, OutboxEntry } from './write-outbox.ts';

export interface PublishOutcome {
  /** Event ids JetStream acknowledged (a duplicate included: it was stored before). */
  readonly published: string[];
  readonly failed: Array<{ readonly id: string; readonly error: unknown }>;
}

/**
 * Publishes outbox entries pipelined on the one NATS connection: written in order, so
 * JetStream stores them in that order, each under the trace context stored with it, and their
 * acks awaited together. One failure does not stop the others.
 */
export async function publishEntries(js: JetStreamClient, entries: readonly OutboxEntry[]): Promise<PublishOutcome> {
  const outcomes = await Promise.allSettled(entries.map((e) => publishEvent(js, e.subject, e.event, contextFromCarrier(e.trace, ROOT_CONTEXT))));
  const published: string[] = [];
  const failed: Array<{ id: string; error: unknown }> = [];
  outcomes.forEach((o, i) => {
    const id = entries[i]!.event.id;
    if (o.status === 'fulfilled') published.push(id);
    else failed.push({ id, error: o.reason });
  });
  return { published, failed };
}

export interface BatchPublishOutcome {
  /** Rows every message of which JetStream acknowledged: they can go. */
  readonly published: string[];
  /** Rows with a message that failed (the first failure of each): they stay for a later round. */
  readonly failed: Array<{ readonly rowId: string; readonly eventId: string; readonly error: unknown }>;
}

/**
 * `publishEntries` for outbox rows: every message of every row, in order, pipelined. A row
 * counts as published only when all its messages are; a later round publishes the whole row
 * again, and JetStream drops the messages it already stored (same Nats-Msg-Id).
 */
export async function publishBatches(js: JetStreamClient, rows: readonly OutboxBatch[]): Promise<BatchPublishOutcome> {
  const outcome = await publishEntries(js, rows.flatMap((r) => r.entries));
  const errors = new Map(outcome.failed.map((f) => [f.id, f.error]));
  const published: string[] = [];
  const failed: Array<{ rowId: string; eventId: string; error: unknown }> = [];
  for (const row of rows) {
    const bad = row.entries.find((e) => errors.has(e.event.id));
    if (bad === undefined) published.push(row.rowId);
    else failed.push({ rowId: row.rowId, eventId: bad.event.id, error: errors.get(bad.event.id) });
  }
  return { published, failed };
}
