import type { EntityManager } from '@sluice/db';
import type { MinuteDelta } from '../domain/event-effects.ts';
import { query } from './sql.ts';

/** Adds the deltas to metric_minutes in one statement (merged and ordered as in addToTotals). */
export async function addToMinutes(tx: EntityManager, deltas: readonly MinuteDelta[]): Promise<void> {
  const merged = new Map<string, { metric: string; tenantId: string; minute: string; by: number }>();
  for (const d of deltas) {
    const minute = d.minute.toISOString();
    const key = JSON.stringify([d.metric, d.tenantId, minute]);
    const seen = merged.get(key);
    if (seen === undefined) merged.set(key, { metric: d.metric, tenantId: d.tenantId, minute, by: d.by });
    else seen.by += d.by;
  }
  const rows = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  if (rows.length === 0) return;
  await query(
    tx,
    `insert into metric_minutes (metric, tenant_id, minute, value)
     values ${rows.map(() => '(?, ?, ?::timestamptz, ?)').join(', ')}
     on conflict (metric, tenant_id, minute) do update set value = metric_minutes.value + excluded.value`,
    rows.flatMap((r) => [r.metric, r.tenantId, r.minute, r.by]),
  );
}
