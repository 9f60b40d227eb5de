import type { JetStreamClient } from '@nats-io/jetstream';
import { fullJitterDelay, type Orm } from '@sluice/db';
import type { Logger } from '@sluice/logging';
import { relayBatch } from './relay-batch.ts';
import { CommitPublisher } from './commit-publisher.ts';
import { deferOutboxWrites, type OutboxBatch } from './write-outbox.ts';

export interface OutboxRelayOptions {
  /** The owning service's ORM; `OutboxMessage` must be among its entities. */
  readonly orm: Orm;
  readonly js: JetStreamClient;
  readonly log: Logger;
  /** Rows per transaction. Default 100. */
  readonly batchSize?: number;
  /** Poll for rows written without a `nudge()` (by another replica). Default 1000 ms. */
  readonly pollIntervalMs?: number;
  /** Longest wait between failing rounds. Default 30 s. */
  readonly maxBackoffMs?: number;
  /**
   * Publish what each transaction of `orm` wrote with `writeOutbox` as soon as it commits
   * (from memory), then delete those rows in batches; the polling rounds then only take rows
   * older than `pollAfterMs` (another replica's or a crashed process's leftovers, a failed
   * publish). `nudge()` does nothing in this mode, and the ORM's transactions insert their
   * outbox rows in one statement as they commit (`deferOutboxWrites`). Default false.
   */
  readonly publishOnCommit?: boolean;
  /** With publishOnCommit, how old a row must be before a polling round takes it. Default 5 s. */
  readonly pollAfterMs?: number;
}

/**
 * Publishes outbox rows to JetStream: polls, or relays at once on `nudge()`. Any number of
 * relays (one per replica) may run on one table; `for update skip locked` gives each its own
 * rows. When NATS or PostgreSQL fails, rounds back off exponentially with full jitter and
 * nudges are ignored until a round succeeds again.
 */
export class OutboxRelay {
  readonly #orm: Orm;
  readonly #js: JetStreamClient;
  readonly #log: Logger;
  readonly #batchSize: number;
  readonly #pollIntervalMs: number;
  readonly #maxBackoffMs: number;
  #loop: Promise<void> | undefined;
  #stopping = false;
  #nudged = false;
  #wake: ((byNudge: boolean) => void) | undefined;
  readonly #minAgeMs: number;
  readonly #onCommit: CommitPublisher | undefined;

  constructor(options: OutboxRelayOptions) {
    this.#orm = options.orm;
    this.#js = options.js;
    this.#log = options.log.child({ component: 'outbox-relay' });
    this.#batchSize = options.batchSize ?? 100;
    this.#pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.#maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.#minAgeMs = options.publishOnCommit === true ? (options.pollAfterMs ?? 5_000) : 0;
    if (options.publishOnCommit === true) {
      this.#onCommit = new CommitPublisher(options.orm, options.js, this.#log);
      options.orm.em.getEventManager().registerSubscriber(this.#onCommit);
      // The rows of a transaction are inserted together as it commits, then published.
      deferOutboxWrites(options.orm);
    }
  }

  /** Starts the loop; a second call does nothing. */
  start(): void {
    if (this.#loop !== undefined || this.#stopping) return;
    this.#loop = this.#run();
  }

  /** Relay now rather than at the next poll: call it after committing outbox rows. */
  nudge(): void {
    if (this.#onCommit !== undefined) return;
    this.#nudged = true;
    this.#wake?.(true);
  }

  /**
   * Publishes at once the messages of an outbox row that one statement inserted and committed
   * by itself (no MikroORM transaction to hook): with publishOnCommit, as a commit would;
   * without it, a nudge (the polling round publishes them).
   */
  publishCommitted(row: OutboxBatch): void {
    if (this.#onCommit === undefined) this.nudge();
    else this.#onCommit.publish([row]);
  }

  /** Stops polling and waits for the batch in flight to commit. Repeat calls share one promise. */
  stop(): Promise<void> {
    this.#stopping = true;
    this.#wake?.(false);
    return Promise.all([this.#loop, this.#onCommit?.stop()]).then(() => undefined);
  }

  /** One round, outside the loop: the number of rows published. Thrown when the round failed. */
  async relayOnce(): Promise<number> {
    const result = await relayBatch(this.#orm, this.#js, this.#batchSize, this.#minAgeMs);
    if (result.error !== undefined) throw result.error;
    return result.published;
  }

  async #run(): Promise<void> {
    let failures = 0;
    while (!this.#stopping) {
      this.#nudged = false;
      let full = false;
      try {
        const result = await relayBatch(this.#orm, this.#js, this.#batchSize, this.#minAgeMs);
        if (result.error !== undefined) throw result.error;
        if (result.published > 0) this.#log.debug({ published: result.published }, 'outbox relayed');
        failures = 0;
        full = result.selected === this.#batchSize;
      } catch (err) {
        failures++;
        const delayMs = fullJitterDelay(failures, { baseDelayMs: this.#pollIntervalMs, maxDelayMs: this.#maxBackoffMs });
        this.#log.warn({ err, failures, delayMs }, 'outbox relay failed, backing off');
        await this.#sleep(delayMs, false);
        continue;
      }
      // A full batch means more rows are probably waiting; so does a nudge during the round.
      if (!full && !this.#nudged) await this.#sleep(this.#pollIntervalMs, true);
    }
  }

  #sleep(ms: number, wakeOnNudge: boolean): Promise<void> {
    if (this.#stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#wake = (byNudge) => {
        if (!byNudge || wakeOnNudge) done();
      };
    });
  }
}
