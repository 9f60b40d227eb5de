import { context as otelContext, type Context } from '@opentelemetry/api';
import { query, type EntityManager } from '@sluice/db';
import { traceCarrier } from '@sluice/telemetry';
import type { CloudEvent } from '../cloud-event.ts';

// What each open transaction wrote, for a relay that publishes on commit (`publishOnCommit`).
const written = new WeakMap<object, OutboxEntry[]>();

/** The entries `tx` wrote (forgotten here); empty for a transaction that wrote none. */
export function takeWritten(tx: object): OutboxEntry[] {
  const entries = written.get(tx) ?? [];
  written.delete(tx);
  return entries;
}

/** A message to publish once the transaction that writes it commits. */
export interface OutboxEntry {
  /** The NATS subject to publish to. */
  readonly subject: string;
  readonly event: CloudEvent;
  /** The trace the publish continues; default the active context at `outboxEntry(...)`. */
  readonly trace: Record<string, string>;
}

/** An outbox entry under the active trace context (or `ctx`). */
export function outboxEntry(natsSubject: string, event: CloudEvent, ctx: Context = otelContext.active()): OutboxEntry {
  return { subject: natsSubject, event, trace: traceCarrier(ctx) };
}

/**
 * Writes outbox rows now, in `em`'s current transaction, with one statement however many there
 * are: they commit or roll back with the change they announce. The rows keep the order of
 * `entries` (their ids are UUID v7s, taken in that order). Call `relay.nudge()` after the commit.
 */
export async function writeOutbox(em: EntityManager, entries: readonly OutboxEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const tx = em.getTransactionContext() as object | undefined;
  if (tx !== undefined) written.set(tx, [...(written.get(tx) ?? []), ...entries]);
  const rows = entries.map((e) => ({ id: e.event.id, subject: e.subject, payload: e.event, trace: e.trace }));
  await query(
    em,
    `insert into outbox (id, subject, payload, trace)
     select x.id, x.subject, x.payload, x.trace from jsonb_to_recordset(?::jsonb) as x(id uuid, subject text, payload jsonb, trace jsonb)`,
    [JSON.stringify(rows)],
  );
}
