import type { Logger } from '@sluice/logging';
import type { SeriesTotal } from '../store/load-totals.ts';

/**
 * The stored totals, read at most once per scrape: every metric's collect() asks for them at
 * the same moment, and they share one query. When the query fails, the last totals are served
 * (counters must not drop to zero because PostgreSQL blinked) and the failure is logged.
 */
export class TotalsSnapshot {
  readonly #load: () => Promise<SeriesTotal[]>;
  readonly #log: Logger;
  #last: ReadonlyMap<string, SeriesTotal[]> = new Map();
  #inFlight: Promise<ReadonlyMap<string, SeriesTotal[]>> | undefined;

  constructor(load: () => Promise<SeriesTotal[]>, log: Logger) {
    this.#load = load;
    this.#log = log;
  }

  /** The series of each metric, by metric name. */
  get(): Promise<ReadonlyMap<string, SeriesTotal[]>> {
    this.#inFlight ??= this.#load()
      .then(
        (rows) => {
          const byMetric = new Map<string, SeriesTotal[]>();
          for (const row of rows) byMetric.set(row.metric, [...(byMetric.get(row.metric) ?? []), row]);
          this.#last = byMetric;
          return byMetric;
        },
        (err: unknown) => {
          this.#log.warn({ err }, 'stored metric totals unavailable; serving the last ones read');
          return this.#last;
        },
      )
      .finally(() => {
        this.#inFlight = undefined;
      });
    return this.#inFlight;
  }
}
