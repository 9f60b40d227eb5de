import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../store/sql.ts';

export interface StateCountRow {
  state: string;
  count: number;
}

/** How many of the tenant's workflows (of one type, or all) are in each state now. */
export function stateCounts(em: EntityManager, tenantId: string, type: string | null): Promise<StateCountRow[]> {
  return query<StateCountRow>(
    em,
    `select state, count(*)::int as count from workflows
     where tenant_id = ? and (?::text is null or type = ?)
     group by state order by state`,
    [tenantId, type, type],
  );
}
