import type { EntityManager } from '@sluice/db';
import { query } from './sql.ts';

/** The per-minute counts of some metrics since `since` (minute resolution), for one tenant or ("") all. */
export async function sumMinutes(em: EntityManager, metrics: readonly string[], since: Date, tenantId: string): Promise<Map<string, number>> {
  const rows = await query<{ metric: string; value: string }>(
    em,
    `select metric, sum(value)::text as value from metric_minutes
     where metric in (${metrics.map(() => '?').join(', ')}) and minute >= ?::timestamptz and (? = '' or tenant_id = ?)
     group by metric`,
    [...metrics, since.toISOString(), tenantId, tenantId],
  );
  return new Map(rows.map((r) => [r.metric, Number(r.value)]));
}
