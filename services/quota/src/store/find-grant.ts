import type { EntityManager } from '@sluice/db';
import type { GrantRecord } from '../domain/grant.ts';
import { queryOne } from './sql.ts';
import { grantOf, type GrantRow } from './rows.ts';

/** One of the tenant's grants; another tenant's is null (NOT_FOUND, never forbidden). */
export async function findGrant(em: EntityManager, tenantId: string, id: string): Promise<GrantRecord | null> {
  const row = await queryOne<GrantRow>(em, 'select * from grants where id = ?::uuid and tenant_id = ?', [id, tenantId]);
  return row === null ? null : grantOf(row);
}
