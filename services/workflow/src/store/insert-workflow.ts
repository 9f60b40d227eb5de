import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from './sql.ts';
import type { WorkflowRow } from './rows.ts';

export interface NewWorkflow {
  readonly id: string;
  readonly tenantId: string;
  readonly type: string;
  readonly definitionVersion: number;
  readonly input: unknown;
  /** Null: created without one (each stage's default). */
  readonly priority: number | null;
  readonly idempotencyKey: string | null;
  /** Its first audit row (from nothing to CREATED). */
  readonly audit: { readonly metadata: Readonly<Record<string, unknown>>; readonly actor: string };
}

/**
 * Inserts CREATED workflows and their first audit rows, any number in one statement. Returns
 * the rows inserted, by id; a workflow whose tenant already used its idempotency key (before,
 * or earlier in `workflows`) is absent, and nothing of it is written.
 */
export async function insertWorkflows(em: EntityManager, workflows: readonly NewWorkflow[]): Promise<Map<string, WorkflowRow>> {
  if (workflows.length === 0) return new Map();
  const rows = await query<WorkflowRow>(
    em,
    `with x as (
       select * from rows from (jsonb_to_recordset(?::jsonb)
         as (id uuid, "tenantId" text, type text, "definitionVersion" int, input jsonb, priority int, "idempotencyKey" text, audit jsonb))
         with ordinality as x(id, "tenantId", type, "definitionVersion", input, priority, "idempotencyKey", audit, n)),
     w as (
       insert into workflows (id, tenant_id, type, definition_version, state, input, priority, idempotency_key)
       select x.id, x."tenantId", x.type, x."definitionVersion", 'CREATED', coalesce(x.input, 'null'::jsonb), x.priority, x."idempotencyKey" from x order by x.n
       on conflict (tenant_id, idempotency_key) where idempotency_key is not null do nothing
       returning *),
     t as (
       insert into workflow_transitions (workflow_id, from_state, to_state, stage, reason, metadata, actor)
       select w.id, null, 'CREATED', null, 'created', x.audit->'metadata', x.audit->>'actor' from w join x on x.id = w.id order by x.n)
     select * from w`,
    [JSON.stringify(workflows.map((w) => ({ ...w, input: w.input ?? null })))],
  );
  return new Map(rows.map((r) => [r.id, r]));
}
