import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';
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
