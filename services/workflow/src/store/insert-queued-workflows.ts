import type { EntityManager } from '@mikro-orm/postgresql';
import { queryPrepared } from './sql.ts';
import type { OutboxEntry } from '@sluice/messaging';
import { createdSql, outboxEntrySql, stageTaskSql, stateChangedSql, taskSubjectSql, workflowEventSubjectSql } from './event-sql.ts';
import type { WorkflowRow } from './rows.ts';

export interface QueuedWorkflow {
  readonly id: string;
  readonly tenantId: string;
  readonly type: string;
  readonly definitionVersion: number;
  readonly input: unknown;
  readonly priority: number;
  readonly idempotencyKey: string | null;
  /** The first stage's name. */
  readonly stage: string;
  readonly actor: string;
  /** The caller's trace, which the events and the task continue. */
  readonly trace: Record<string, string>;
  /** Fresh ids: the first attempt, and the created, state_changed and task events (UUID v7). */
  readonly ids: { readonly attempt: string; readonly created: string; readonly changed: string; readonly task: string };
}

export interface InsertedRow {
  /** The index of the workflow in the request. */
  readonly n: number;
  readonly workflow: WorkflowRow;
  /** Its outbox rows in order: created, state_changed, the first stage's task. */
  readonly events: OutboxEntry[];
}

// One statement (one implicit transaction, one round trip): the workflows, already QUEUED at
// their first stage (version 2, as if created then queued), their two audit rows (nothing →
// CREATED → QUEUED), their first attempts and their three outbox rows each. A workflow whose
// tenant already used its idempotency key is not inserted, and nothing of it is written.
export const INSERT_QUEUED_SQL = `
  with x as (
    select * from rows from (jsonb_to_recordset($1::jsonb)
      as (id uuid, "tenantId" text, type text, "definitionVersion" int, input jsonb, priority int, "idempotencyKey" text,
          stage text, actor text, trace jsonb, "attemptId" uuid, "createdId" uuid, "changedId" uuid, "taskId" uuid))
      with ordinality as x(id, "tenantId", type, "definitionVersion", input, priority, "idempotencyKey", stage, actor, trace, "attemptId", "createdId", "changedId", "taskId", n)),
  w as (
    insert into workflows as w (id, tenant_id, type, definition_version, state, input, priority, idempotency_key, current_stage, stage_index, stage_attempt, version)
    select x.id, x."tenantId", x.type, x."definitionVersion", 'QUEUED', coalesce(x.input, 'null'::jsonb), x.priority, x."idempotencyKey", x.stage, 0, 1, 2
    from x order by x.n
    on conflict (tenant_id, idempotency_key) do nothing
    returning w.id, to_jsonb(w) as workflow_json),
  -- The inserted rows by id, one object: looking each request up in it costs O(log n), where a
  -- join between the two CTEs (no indexes) could cost O(n²) in a batch of hundreds.
  wm as (select coalesce(jsonb_object_agg(w.id, w.workflow_json), '{}'::jsonb) as m from w),
  wx as (
    select x.n, x.actor, x.trace, x."attemptId", x."createdId", x."changedId", x."taskId", x."idempotencyKey" as key, x.input,
      wm.m->(x.id::text) as workflow_json, jsonb_build_object('attempt_id', x."attemptId", 'attempt', 1) as metadata, wr.*
    from x cross join wm
      cross join lateral (select x.id, x."tenantId" as tenant_id, x.type, 'QUEUED'::text as state, x.stage as current_stage, 2 as version, 0 as retry_count,
        now() as created_at, now() as updated_at, x."definitionVersion" as definition_version, x.priority) wr
    where wm.m->(x.id::text) is not null),
  a as (
    insert into stage_attempts (id, workflow_id, tenant_id, workflow_type, priority, stage, stage_index, attempt, state, input, partial)
    select wx."attemptId", wx.id, wx.tenant_id, wx.type, wx.priority, wx.current_stage, 0, 1, 'QUEUED', coalesce(wx.input, 'null'::jsonb), null from wx order by wx.n),
  t as (
    insert into workflow_transitions (workflow_id, from_state, to_state, stage, reason, metadata, actor)
    select workflow_id, from_state, to_state, stage, reason, metadata, actor from (
      select wx.n, 1 as k, wx.id as workflow_id, null as from_state, 'CREATED' as to_state, null as stage, 'created' as reason,
        jsonb_build_object('definition_version', wx.definition_version) as metadata, wx.actor from wx
      union all
      select wx.n, 2, wx.id, 'CREATED', 'QUEUED', wx.current_stage, $3::text, wx.metadata, wx.actor from wx) s
    order by s.n, s.k),
  ev as (
    select wx.n, wx.workflow_json, jsonb_build_array(
        ${outboxEntrySql({ subject: workflowEventSubjectSql('$2::text', 'wx'), event: createdSql({ id: 'wx."createdId"', w: 'wx', idempotencyKey: 'wx.key' }), trace: 'wx.trace' })},
        ${outboxEntrySql({ subject: workflowEventSubjectSql('$2::text', 'wx'), event: stateChangedSql({ id: 'wx."changedId"', w: 'wx', from: "'CREATED'", reason: '$3::text', actor: 'wx.actor', metadata: 'wx.metadata' }), trace: 'wx.trace' })},
        ${outboxEntrySql({ subject: taskSubjectSql('$2::text', 'wx', 'na'), event: stageTaskSql({ id: 'wx."taskId"', w: 'wx', a: 'na' }), trace: 'wx.trace' })}) as events
    from wx cross join lateral (select wx."attemptId" as id, wx.current_stage as stage, 1 as attempt) na),
  -- One outbox row for the whole statement, its messages in request order.
  o as (
    insert into outbox (id, entries)
    select $4::uuid, jsonb_agg(e order by ev.n, j.k) from ev cross join lateral jsonb_array_elements(ev.events) with ordinality as j(e, k)
    having count(*) > 0)
  select (ev.n - 1)::int as n, ev.workflow_json as workflow, ev.events from ev
  order by ev.n`;

/**
 * Inserts queued workflows with everything their creation writes, in one statement; returns the
 * ones inserted with their outbox rows, to publish once the statement has returned (committed).
 * The caller has checked the types and admitted the workflows (the queue limit).
 */
export async function insertQueuedWorkflows(em: EntityManager, workflows: readonly QueuedWorkflow[], prefix: string, queuedReason: string, outboxId: string): Promise<InsertedRow[]> {
  if (workflows.length === 0) return [];
  const rows = workflows.map((w) => ({
    id: w.id,
    tenantId: w.tenantId,
    type: w.type,
    definitionVersion: w.definitionVersion,
    input: w.input ?? null,
    priority: w.priority,
    idempotencyKey: w.idempotencyKey,
    stage: w.stage,
    actor: w.actor,
    trace: w.trace,
    attemptId: w.ids.attempt,
    createdId: w.ids.created,
    changedId: w.ids.changed,
    taskId: w.ids.task,
  }));
  return queryPrepared<InsertedRow>(em, 'sluice_insert_queued', INSERT_QUEUED_SQL, [JSON.stringify(rows), prefix, queuedReason, outboxId]);
}
