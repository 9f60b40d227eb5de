import type { EntityManager } from '@sluice/db';
import { query } from './sql.ts';

/** One metric's totals grouped by one label, for one tenant or ("") all: e.g. workflows by state. */
export async function sumByLabel(em: EntityManager, metric: string, label: string, tenantId: string): Promise<Map<string, number>> {
  const rows = await query<{ name: string; value: string }>(
    em,
    `select labels ->> ?::text as name, sum(value)::text as value from metric_totals
     where metric = ? and (? = '' or tenant_id = ?)
     group by 1`,
    [label, metric, tenantId, tenantId],
  );
  return new Map(rows.map((r) => [r.name, Number(r.value)]));
}
