import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../store/sql.ts';
import type { WorkflowRow } from '../store/rows.ts';

/** The tenant's latest FAILED and SUSPENDED workflows, most recently changed first. */
export function recentFailures(em: EntityManager, tenantId: string, limit: number): Promise<WorkflowRow[]> {
  return query<WorkflowRow>(
    em,
    `select * from workflows where tenant_id = ? and state in ('FAILED', 'SUSPENDED')
     order by updated_at desc, id desc limit ?`,
    [tenantId, limit],
  );
}
