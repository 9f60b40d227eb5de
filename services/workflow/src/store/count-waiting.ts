import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';

/** A tenant's workflows of one type that wait for a worker: queued, or parked to come back by themselves. */
export async function countWaiting(em: EntityManager, tenantId: string, type: string): Promise<number> {
  const row = await queryOne<{ n: string }>(
    em,
    "select count(*) as n from workflows where tenant_id = ? and type = ? and state in ('QUEUED', 'RETRYING', 'QUOTA_EXCEEDED')",
    [tenantId, type],
  );
  return Number(row?.n ?? 0);
}
