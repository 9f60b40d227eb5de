import type { StatementPool } from '@sluice/db';
import type { OutboxEntry } from '@sluice/messaging';
import { createdSql, outboxEntrySql, stageTaskSql, stateChangedSql, taskSubjectSql, workflowEventSubjectSql } from './event-sql.ts';
import type { WorkflowView } from './rows.ts';
import type { NewWorkflow } from './insert-workflow.ts';
import { UUID_V7_SQL } from './uuid-sql.ts';

/** A workflow to create, already queued at its first stage (its audit rows are written for it). */
export interface QueuedWorkflow extends Omit<NewWorkflow, 'audit'> {
  /** The first stage's name. */
  readonly stage: string;
  readonly actor: string;
  /** The caller's trace, which the events and the task continue. */
  readonly trace: Record<string, string>;
}

export interface InsertedRow {
  /** The index of the workflow in the request. */
  readonly n: number;
  readonly workflow: WorkflowView;
  /** Its outbox entries in order: created, state_changed, the first stage's task. */
  readonly events: OutboxEntry[];
}

// One statement (one implicit transaction, one round trip): the workflows, already QUEUED at
// their first stage (version 2, as if created then queued), their two audit rows (nothing →
// CREATED → QUEUED), their first attempts, and one outbox row with three events each. A
// workflow whose tenant already used its idempotency key is not inserted, and nothing of it is
// written. The request's per-item values reach the inserted rows through one jsonb object keyed
// by id (a lookup is O(log n); a join between CTEs could cost O(n²) in a batch of hundreds).
export const INSERT_QUEUED_SQL = `
  with x as (
    select * from rows from (jsonb_to_recordset($1::jsonb)
      as (id uuid, "tenantId" text, type text, "definitionVersion" int, input jsonb, priority int, "idempotencyKey" text, stage text, actor text, trace jsonb))
      with ordinality as x(id, "tenantId", type, "definitionVersion", input, priority, "idempotencyKey", stage, actor, trace, n)),
  w as (
    insert into workflows as w (id, tenant_id, type, definition_version, state, input, priority, idempotency_key, current_stage, stage_index, stage_attempt, version)
    select x.id, x."tenantId", x.type, x."definitionVersion", 'QUEUED', coalesce(x.input, 'null'::jsonb), x.priority, x."idempotencyKey", x.stage, 0, 1, 2
    from x order by x.n
    on conflict (tenant_id, idempotency_key) do nothing
    returning w.id, w.tenant_id, w.type, w.state, w.current_stage, w.input, w.output, w.priority, w.version, w.created_at, w.updated_at,
      w.retry_count, w.last_error, w.next_attempt_at, w.definition_version, w.idempotency_key),
  xm as (select jsonb_object_agg(x.id::text, jsonb_build_object('n', x.n, 'actor', x.actor, 'trace', x.trace)) as m from x),
  wx as (
    select w.*, (k.v->>'n')::int as n, k.v->>'actor' as actor, k.v->'trace' as trace, ${UUID_V7_SQL} as attempt_id,
      jsonb_build_object('definition_version', w.definition_version) as created_metadata
    from w cross join xm cross join lateral (select xm.m->(w.id::text) as v) k),
  a as (
    insert into stage_attempts (id, workflow_id, tenant_id, workflow_type, priority, stage, stage_index, attempt, state, input, partial)
    select wx.attempt_id, wx.id, wx.tenant_id, wx.type, wx.priority, wx.current_stage, 0, 1, 'QUEUED', wx.input, null from wx order by wx.n),
  wm as (select wx.*, jsonb_build_object('attempt_id', wx.attempt_id, 'attempt', 1) as metadata from wx),
  t as (
    insert into workflow_transitions (workflow_id, from_state, to_state, stage, reason, metadata, actor)
    select workflow_id, from_state, to_state, stage, reason, metadata, actor from (
      select wm.n, 1 as k, wm.id as workflow_id, null as from_state, 'CREATED' as to_state, null as stage, 'created' as reason, wm.created_metadata as metadata, wm.actor from wm
      union all
      select wm.n, 2, wm.id, 'CREATED', 'QUEUED', wm.current_stage, $3::text, wm.metadata, wm.actor from wm) s
    order by s.n, s.k),
  ev as (
    select wm.*, json_build_array(
        ${outboxEntrySql({ subject: workflowEventSubjectSql('$2::text', 'wm'), event: createdSql({ id: 'gen_random_uuid()', w: 'wm', idempotencyKey: 'wm.idempotency_key' }), trace: 'wm.trace' })},
        ${outboxEntrySql({ subject: workflowEventSubjectSql('$2::text', 'wm'), event: stateChangedSql({ id: 'gen_random_uuid()', w: 'wm', from: "'CREATED'", reason: '$3::text', actor: 'wm.actor', metadata: 'wm.metadata' }), trace: 'wm.trace' })},
        ${outboxEntrySql({ subject: taskSubjectSql('$2::text', 'wm', 'na'), event: stageTaskSql({ id: 'gen_random_uuid()', w: 'wm', a: 'na' }), trace: 'wm.trace' })}) as events
    from wm cross join lateral (select wm.attempt_id as id, wm.current_stage as stage, 1 as attempt) na),
  -- One outbox row for the whole statement, its messages in request order.
  o as (
    insert into outbox (id, entries)
    select $4::uuid, json_agg(j.e order by ev.n, j.k) from ev cross join lateral json_array_elements(ev.events) with ordinality as j(e, k)
    having count(*) > 0)
  select (ev.n - 1)::int as n, ev.id, ev.tenant_id, ev.type, ev.state, ev.current_stage, ev.input, ev.output, ev.priority, ev.version, ev.created_at, ev.updated_at,
    ev.retry_count, ev.last_error, ev.next_attempt_at, ev.definition_version, ev.events
  from ev
  order by ev.n`;

type Row = WorkflowView & { n: number; events: OutboxEntry[] };

/**
 * Inserts queued workflows with everything their creation writes, in one statement; returns the
 * ones inserted with their outbox entries (all in the row `outboxId`), to publish once the
 * statement has returned (committed). The caller has checked the types and admitted the
 * workflows (the queue limit).
 */
export async function insertQueuedWorkflows(statements: StatementPool, workflows: readonly QueuedWorkflow[], prefix: string, queuedReason: string, outboxId: string): Promise<InsertedRow[]> {
  if (workflows.length === 0) return [];
  const rows = workflows.map((w) => ({ ...w, input: w.input ?? null }));
  const result = await statements.run<Row>('sluice_insert_queued', INSERT_QUEUED_SQL, [JSON.stringify(rows), prefix, queuedReason, outboxId]);
  return result.map(({ n, events, ...workflow }) => ({ n, workflow, events }));
}
