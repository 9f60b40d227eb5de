import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from './sql.ts';
import type { WorkflowRow } from './rows.ts';

/**
 * A tenant's workflows parked in QUOTA_EXCEEDED, optionally only those whose current stage
 * spends `quotaResource` (from the definition version they run), locked for a bulk resume.
 */
export function lockQuotaParked(em: EntityManager, tenantId: string, quotaResource: string, limit: number): Promise<WorkflowRow[]> {
  return query<WorkflowRow>(
    em,
    `select w.* from workflows w
     where w.tenant_id = ? and w.state = 'QUOTA_EXCEEDED'
       and (? = '' or exists (
         select 1 from definitions d
         where d.type = w.type and d.version = w.definition_version and d.stages -> w.stage_index ->> 'quotaResource' = ?))
     order by w.next_attempt_at
     limit ? for update of w skip locked`,
    [tenantId, quotaResource, quotaResource, limit],
  );
}
