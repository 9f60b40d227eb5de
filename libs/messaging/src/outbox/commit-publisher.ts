import type { JetStreamClient } from '@nats-io/jetstream';
import type { Orm } from '@sluice/db';
import { deleteOutboxRows } from './delete-outbox-rows.ts';
import type { Logger } from '@sluice/logging';
import { publishBatches } from './publish-entries.ts';
import { takeWritten, type OutboxBatch } from './write-outbox.ts';

/**
 * Published rows are deleted this long after the first of them, together: one statement (and one
 * commit) per 100 ms instead of one per publish. The relay polls only rows older than 5 s, so
 * none is published twice meanwhile.
 */
const DELETE_AFTER_MS = 100;

/**
 * The outbox's fast path: a MikroORM transaction subscriber that, once a transaction commits,
 * publishes the entries it wrote (still in memory, in the order written) and then deletes their
 * rows, the deletes of 100 ms in one statement. A savepoint's commit is not the
 * transaction's, and a rolled-back transaction's entries are dropped: those rows (and any whose
 * publish or delete fails) are left to the relay's polling round. A crash between publish and
 * delete means a second publish later, which JetStream drops as a duplicate (same Nats-Msg-Id).
 */
export class CommitPublisher {
  readonly #orm: Orm;
  readonly #js: JetStreamClient;
  readonly #log: Logger;
  #published: string[] = [];
  #flush: Promise<void> | undefined;
  readonly #inFlight = new Set<Promise<void>>();
  #stopped = false;

  constructor(orm: Orm, js: JetStreamClient, log: Logger) {
    this.#orm = orm;
    this.#js = js;
    this.#log = log;
  }

  afterTransactionCommit(args: { transaction?: unknown }): void {
    const tx = args.transaction as object | undefined;
    if (tx === undefined || 'savepointName' in tx || this.#stopped) return;
    this.publish(takeWritten(tx));
  }

  /**
   * Publishes the messages of rows that have committed (in the order given), then deletes the
   * rows: also for a statement that wrote its outbox row itself, outside a MikroORM transaction.
   */
  publish(rows: readonly OutboxBatch[]): void {
    if (rows.length === 0 || this.#stopped) return;
    const run = publishBatches(this.#js, rows).then(({ published, failed }) => {
      for (const f of failed) this.#log.warn({ err: f.error, eventId: f.eventId, outboxId: f.rowId }, 'publish on commit failed; the polling round will retry it');
      this.#published.push(...published);
      this.#scheduleDelete();
    });
    this.#inFlight.add(run);
    void run.finally(() => this.#inFlight.delete(run));
  }

  afterTransactionRollback(args: { transaction?: unknown }): void {
    if (args.transaction !== undefined) takeWritten(args.transaction as object);
  }

  /** Publishes nothing more (the rows stay for a polling round) and waits for what is under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await Promise.all(this.#inFlight);
    await this.#flush;
  }

  #scheduleDelete(): void {
    this.#flush ??= new Promise<void>((resolve) => setTimeout(resolve, DELETE_AFTER_MS)).then(async () => {
      const ids = this.#published;
      this.#published = [];
      try {
        await deleteOutboxRows(this.#orm.em.fork(), ids);
      } catch (err) {
        this.#log.warn({ err, rows: ids.length }, 'deleting published outbox rows failed; the polling round will re-publish them (de-duplicated)');
      } finally {
        this.#flush = undefined;
        if (this.#published.length > 0) this.#scheduleDelete();
      }
    });
  }
}
