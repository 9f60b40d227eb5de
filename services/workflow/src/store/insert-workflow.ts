import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';
import type { WorkflowRow } from './rows.ts';

export interface NewWorkflow {
  readonly id: string;
  readonly tenantId: string;
  readonly type: string;
  readonly definitionVersion: number;
  readonly input: unknown;
  readonly priority: number;
  readonly idempotencyKey: string | null;
}

/** Inserts a CREATED workflow; returns null when the tenant already used the idempotency key. */
export function insertWorkflow(em: EntityManager, wf: NewWorkflow): Promise<WorkflowRow | null> {
  return queryOne<WorkflowRow>(
    em,
    `insert into workflows (id, tenant_id, type, definition_version, state, input, priority, idempotency_key)
     values (?, ?, ?, ?, 'CREATED', ?::jsonb, ?, ?)
     on conflict (tenant_id, idempotency_key) do nothing
     returning *`,
    [wf.id, wf.tenantId, wf.type, wf.definitionVersion, JSON.stringify(wf.input), wf.priority, wf.idempotencyKey],
  );
}
