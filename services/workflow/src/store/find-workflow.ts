import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne } from './sql.ts';
import type { WorkflowRow } from './rows.ts';

/** A workflow of one tenant; another tenant's id reads as not found. */
export function findWorkflow(em: EntityManager, tenantId: string, id: string): Promise<WorkflowRow | null> {
  return queryOne<WorkflowRow>(em, 'select * from workflows where id = ? and tenant_id = ?', [id, tenantId]);
}

export function findWorkflowByIdempotencyKey(em: EntityManager, tenantId: string, key: string): Promise<WorkflowRow | null> {
  return queryOne<WorkflowRow>(em, 'select * from workflows where tenant_id = ? and idempotency_key = ?', [tenantId, key]);
}

export function lockWorkflow(em: EntityManager, id: string): Promise<WorkflowRow | null> {
  return queryOne<WorkflowRow>(em, 'select * from workflows where id = ? for update', [id]);
}

/** A tenant's workflow, locked for a command; another tenant's id reads as not found. */
export function lockTenantWorkflow(em: EntityManager, tenantId: string, id: string): Promise<WorkflowRow | null> {
  return queryOne<WorkflowRow>(em, 'select * from workflows where id = ? and tenant_id = ? for update', [id, tenantId]);
}

/**
 * Workflows by id, locked in id order (so that two transactions locking overlapping sets
 * cannot deadlock on each other); a missing id is absent from the map.
 */
export async function lockWorkflows(em: EntityManager, ids: readonly string[]): Promise<Map<string, WorkflowRow>> {
  if (ids.length === 0) return new Map();
  const rows = await query<WorkflowRow>(em, 'select * from workflows where id = any(?::uuid[]) order by id for update', [ids]);
  return new Map(rows.map((r) => [r.id, r]));
}
