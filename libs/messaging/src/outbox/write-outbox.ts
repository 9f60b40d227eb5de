import { context as otelContext, type Context } from '@opentelemetry/api';
import { query, type EntityManager, type Orm } from '@sluice/db';
import { traceCarrier } from '@sluice/telemetry';
import type { CloudEvent } from '../cloud-event.ts';

// What each open transaction wrote, for a relay that publishes on commit (`publishOnCommit`).
const written = new WeakMap<object, OutboxEntry[]>();
// What each open transaction wrote and has not inserted yet (`deferOutboxWrites`).
const unflushed = new WeakMap<object, OutboxEntry[]>();
// The ORMs (by their configuration, which every fork and transaction shares; a transaction
// gets a clone of the event manager) whose transactions insert their rows at commit.
const deferring = new WeakSet<object>();

const append = (map: WeakMap<object, OutboxEntry[]>, tx: object, entries: readonly OutboxEntry[]) => {
  const list = map.get(tx);
  if (list === undefined) map.set(tx, [...entries]);
  else list.push(...entries);
};

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
 * Writes outbox rows in `em`'s current transaction: they commit or roll back with the change
 * they announce, and keep the order of `entries` (their ids are UUID v7s, taken in that order).
 * Inside a transaction of an ORM given to `deferOutboxWrites`, the rows of the whole transaction
 * are inserted by one statement just before it commits; otherwise now, one statement per call.
 */
export async function writeOutbox(em: EntityManager, entries: readonly OutboxEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const tx = em.getTransactionContext() as object | undefined;
  if (tx === undefined) return insertOutbox(em, entries);
  append(written, tx, entries);
  if (deferring.has(em.config)) append(unflushed, tx, entries);
  else await insertOutbox(em, entries);
}

/**
 * From now on, transactions of `orm` insert their outbox rows when they commit (a MikroORM
 * `beforeTransactionCommit` subscriber, in the transaction), one statement for all of them,
 * instead of one per `writeOutbox` call. A second call does nothing.
 */
export function deferOutboxWrites(orm: Orm): void {
  if (deferring.has(orm.em.config)) return;
  deferring.add(orm.em.config);
  orm.em.getEventManager().registerSubscriber({
    beforeTransactionCommit: async (args) => {
      const tx = args.transaction as object | undefined;
      const entries = tx === undefined ? undefined : unflushed.get(tx);
      if (entries === undefined) return;
      unflushed.delete(tx!);
      await insertOutbox(args.em as EntityManager, entries);
    },
    afterTransactionRollback: (args) => {
      if (args.transaction !== undefined) unflushed.delete(args.transaction as object);
    },
  });
}

async function insertOutbox(em: EntityManager, entries: readonly OutboxEntry[]): Promise<void> {
  const rows = entries.map((e) => ({ id: e.event.id, subject: e.subject, payload: e.event, trace: e.trace }));
  await query(
    em,
    `insert into outbox (id, subject, payload, trace)
     select x.id, x.subject, x.payload, x.trace from jsonb_to_recordset(?::jsonb) as x(id uuid, subject text, payload jsonb, trace jsonb)`,
    [JSON.stringify(rows)],
  );
}
