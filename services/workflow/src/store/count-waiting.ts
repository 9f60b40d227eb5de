import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';

/**
 * A tenant's workflows of one type that wait for a worker: queued, or parked to come back by
 * themselves; counted up to `upTo` (enough to compare with a limit, without reading them all).
 */
export async function countWaiting(em: EntityManager, tenantId: string, type: string, upTo: number): Promise<number> {
  const row = await queryOne<{ n: number }>(
    em,
    "select count(*)::int as n from (select 1 from workflows where tenant_id = ? and type = ? and state in ('QUEUED', 'RETRYING', 'QUOTA_EXCEEDED') limit ?) w",
    [tenantId, type, upTo],
  );
  return row?.n ?? 0;
}
