import { context } from '@opentelemetry/api';
import { createBatcher, type Batcher } from '@sluice/batch';
import type { StatementPool } from '@sluice/db';
import type { SluiceError } from '@sluice/errors';
import type { AcquireOutcome, SettleOutcome } from '../domain/decide.ts';
import type { QuotaMetrics } from './metrics.ts';
import { runTick, type Request, type TickOptions } from './tick.ts';

export interface Decided<T> {
  readonly outcome: T;
  /** The decision's clock (PostgreSQL), µs since the epoch. */
  readonly nowUs: number;
}

/**
 * Acquires and settlements of one replica go to PostgreSQL in ticks: every request that
 * arrives while a tick is under way joins the next one (at most `ticksInFlight` at once), so
 * a tick's cost is shared by all its requests and batches grow with the load.
 */
export class GrantEngine {
  readonly #batcher: Batcher<Request, Decided<AcquireOutcome | SettleOutcome>>;

  constructor(pool: StatementPool, options: TickOptions & { durable: StatementPool; maxBatch: number; ticksInFlight: number; metrics: QuotaMetrics; afterWrite: () => void }) {
    this.#batcher = createBatcher<Request, Decided<AcquireOutcome | SettleOutcome>>(
      async (requests) => {
        const stop = options.metrics.tickSeconds.startTimer();
        const tick = await runTick(pool, requests, options);
        stop();
        // The tick committed without waiting for the disk (start.ts): its answers wait here. A
        // transaction with an id commits synchronously on a session of its own, and its commit
        // record follows the tick's in the WAL, so its flush is the tick's. Group commit shares
        // one flush among the ticks that wait at once.
        // Every answer that hands out or settles a grant waits, a grant found again by its
        // idempotency key included (another tick may have written it a moment ago); refusals
        // change nothing a caller relies on.
        if (tick.results.some((r) => !(r instanceof Error) && (!('granted' in r) || r.granted))) {
          await options.durable.run('quota_wal_flush', 'select txid_current()', []);
        }
        options.metrics.tickSize.observe(requests.length);
        options.metrics.recordTick(tick.out);
        if (tick.out.events.length > 0) options.afterWrite();
        return tick.results.map((r): Decided<AcquireOutcome | SettleOutcome> | SluiceError => (r instanceof Error ? r : { outcome: r, nowUs: tick.nowUs }));
      },
      { maxBatchSize: options.maxBatch, callsInFlight: options.ticksInFlight },
    );
  }

  async acquire(request: Extract<Request, { kind: 'acquire' }>): Promise<Decided<AcquireOutcome>> {
    return (await this.#batcher.load({ ...request, trace: context.active() })) as Decided<AcquireOutcome>;
  }

  async settle(request: Extract<Request, { kind: 'commit' | 'refund' }>): Promise<Decided<SettleOutcome>> {
    return (await this.#batcher.load(request)) as Decided<SettleOutcome>;
  }
}
