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

/**
 * Inserts a CREATED workflow and its first audit row (from nothing to CREATED), in one
 * statement; returns null, writing nothing, when the tenant already used the idempotency key.
 */
export function insertWorkflow(em: EntityManager, wf: NewWorkflow, audit: { readonly metadata: Readonly<Record<string, unknown>>; readonly actor: string }): Promise<WorkflowRow | null> {
  return queryOne<WorkflowRow>(
    em,
    `with w as (
       insert into workflows (id, tenant_id, type, definition_version, state, input, priority, idempotency_key)
       values (?, ?, ?, ?, 'CREATED', ?::jsonb, ?, ?)
       on conflict (tenant_id, idempotency_key) do nothing
       returning *),
     t as (
       insert into workflow_transitions (workflow_id, from_state, to_state, stage, reason, metadata, actor)
       select w.id, null, 'CREATED', null, 'created', ?::jsonb, ? from w)
     select * from w`,
    [wf.id, wf.tenantId, wf.type, wf.definitionVersion, JSON.stringify(wf.input), wf.priority, wf.idempotencyKey, JSON.stringify(audit.metadata), audit.actor],
  );
}
