import { context as otelContext, type Context } from '@opentelemetry/api';
import { query, type EntityManager, type Orm } from '@sluice/db';
import { traceCarrier } from '@sluice/telemetry';
import type { CloudEvent } from '../cloud-event.ts';
import { uuidv7 } from '../uuid-v7.ts';

/** One outbox row: its id and the messages it carries, in order. */
export interface OutboxBatch {
  readonly rowId: string;
  readonly entries: readonly OutboxEntry[];
}

// The rows each open transaction inserted, for a relay that publishes on commit (`publishOnCommit`).
const written = new WeakMap<object, OutboxBatch[]>();
// What each open transaction wrote and has not inserted yet (`deferOutboxWrites`).
const unflushed = new WeakMap<object, OutboxEntry[]>();
// The ORMs (by their configuration, which every fork and transaction shares; a transaction
// gets a clone of the event manager) whose transactions insert their rows at commit.
const deferring = new WeakSet<object>();

const append = <T>(map: WeakMap<object, T[]>, tx: object, items: readonly T[]) => {
  const list = map.get(tx);
  if (list === undefined) map.set(tx, [...items]);
  else list.push(...items);
};

/** The rows `tx` inserted (forgotten here); empty for a transaction that wrote none. */
export function takeWritten(tx: object): OutboxBatch[] {
  const rows = written.get(tx) ?? [];
  written.delete(tx);
  return rows;
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
 * Writes `entries` to the outbox in `em`'s current transaction: they commit or roll back with
 * the change they announce, and are published in order. Inside a transaction of an ORM given to
 * `deferOutboxWrites`, the entries of the whole transaction go into one row, inserted just
 * before it commits; otherwise one row per call, now.
 */
export async function writeOutbox(em: EntityManager, entries: readonly OutboxEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const tx = em.getTransactionContext() as object | undefined;
  if (tx === undefined) {
    await insertOutbox(em, entries);
    return;
  }
  if (deferring.has(em.config)) append(unflushed, tx, entries);
  else append(written, tx, [await insertOutbox(em, entries)]);
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
      append(written, tx!, [await insertOutbox(args.em as EntityManager, entries)]);
    },
    afterTransactionRollback: (args) => {
      if (args.transaction !== undefined) unflushed.delete(args.transaction as object);
    },
  });
}

async function insertOutbox(em: EntityManager, entries: readonly OutboxEntry[]): Promise<OutboxBatch> {
  const rowId = uuidv7();
  await query(em, 'insert into outbox (id, entries) values (?, ?::json)', [rowId, JSON.stringify(entries)]);
  return { rowId, entries };
}
