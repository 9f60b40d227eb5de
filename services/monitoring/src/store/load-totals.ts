import type { EntityManager } from '@sluice/db';
import { query } from './sql.ts';

export interface SeriesTotal {
  readonly metric: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/**
 * Every series summed over tenants: what /metrics exposes (tenant is not a Prometheus label,
 * to keep the series count bounded). Counts stay far below 2^53, so numbers are exact.
 */
export async function loadTotals(em: EntityManager): Promise<SeriesTotal[]> {
  const rows = await query<{ metric: string; labels: Record<string, string>; value: string }>(
    em,
    'select metric, labels, sum(value)::text as value from metric_totals group by metric, labels',
  );
  return rows.map((r) => ({ metric: r.metric, labels: r.labels, value: Number(r.value) }));
}
