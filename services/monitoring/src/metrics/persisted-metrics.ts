import { Counter, Gauge, type Registry } from 'prom-client';
import { METRICS } from '../domain/metric-catalog.ts';
import type { TotalsSnapshot } from './totals-snapshot.ts';

/**
 * Registers the event-derived metrics so that each scrape shows the stored totals. Reading
 * them from PostgreSQL at scrape time, rather than counting in memory, is what keeps the
 * counters monotonic across restarts and equal on every replica (each replica handles only
 * part of the events, but every replica reports all of them: query with max(), not sum()).
 */
export function registerPersistedMetrics(registry: Registry, snapshot: TotalsSnapshot): void {
  for (const def of Object.values(METRICS)) {
    const common = { name: def.name, help: def.help, labelNames: [...def.labels], registers: [registry] };
    if (def.type === 'counter') {
      new Counter({
        ...common,
        async collect() {
          const series = (await snapshot.get()).get(def.name) ?? [];
          this.reset();
          // A counter cannot go down; a negative stored value would be a bug elsewhere, not a reason to fail the scrape.
          for (const s of series) if (s.value >= 0) this.inc({ ...s.labels }, s.value);
        },
      });
    } else {
      new Gauge({
        ...common,
        async collect() {
          const series = (await snapshot.get()).get(def.name) ?? [];
          this.reset();
          for (const s of series) this.set({ ...s.labels }, s.value);
        },
      });
    }
  }
}
