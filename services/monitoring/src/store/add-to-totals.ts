import type { EntityManager } from '@sluice/db';
import type { SeriesDelta } from '../domain/event-effects.ts';
import { query } from './sql.ts';

/**
 * Adds the deltas to metric_totals in one statement. Rows are merged by series first (one
 * statement may not update a row twice) and written in a fixed order, so that concurrent
 * transactions lock shared rows in the same order and cannot deadlock.
 */
export async function addToTotals(tx: EntityManager, deltas: readonly SeriesDelta[]): Promise<void> {
  const merged = new Map<string, { metric: string; tenantId: string; labels: string; by: number }>();
  for (const d of deltas) {
    const labels = canonicalJson(d.labels);
    const key = JSON.stringify([d.metric, d.tenantId, labels]);
    const seen = merged.get(key);
    if (seen === undefined) merged.set(key, { metric: d.metric, tenantId: d.tenantId, labels, by: d.by });
    else seen.by += d.by;
  }
  const rows = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  if (rows.length === 0) return;
  await query(
    tx,
    `insert into metric_totals (metric, tenant_id, labels, value)
     values ${rows.map(() => '(?, ?, ?::jsonb, ?)').join(', ')}
     on conflict (metric, tenant_id, labels) do update set value = metric_totals.value + excluded.value, updated_at = now()`,
    rows.flatMap((r) => [r.metric, r.tenantId, r.labels, r.by]),
  );
}

function canonicalJson(labels: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1))));
}
