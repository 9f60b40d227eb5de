import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from '../store/sql.ts';

export interface QueueHealth {
  /** The tenant's attempts holding an unexpired lease. */
  active_leases: number;
  /** How long the tenant's longest-waiting QUEUED workflow has been queued; "0" when none (bigint text). */
  oldest_queued_age_ms: string;
}

/**
 * Leases held now and the oldest wait in the queue. A QUEUED workflow's updated_at is the time
 * it was queued (every transition stamps it), which is the wait a person cares about, rather
 * than its age since creation.
 */
export async function queueHealth(em: EntityManager, tenantId: string): Promise<QueueHealth> {
  const row = await queryOne<QueueHealth>(
    em,
    `select
       (select count(*) from stage_attempts a join workflows w on w.id = a.workflow_id
        where w.tenant_id = ? and a.state = 'RUNNING' and a.lease_expires_at > now())::int as active_leases,
       (select coalesce(floor(extract(epoch from now() - min(updated_at)) * 1000), 0)
        from workflows where tenant_id = ? and state = 'QUEUED')::bigint::text as oldest_queued_age_ms`,
    [tenantId, tenantId],
  );
  return row!;
}
