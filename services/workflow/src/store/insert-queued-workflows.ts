import type { StatementPool } from '@sluice/db';
import type { OutboxEntry } from '@sluice/messaging';
import { createdSql, outboxEntrySql, stageTaskSql, stateChangedSql, taskSubjectSql, workflowEventSubjectSql } from './event-sql.ts';
import type { WorkflowView } from './rows.ts';
import type { ClaimedAttempt } from './claim-queued.ts';
import type { NewWorkflow } from './insert-workflow.ts';
import { UUID_V7_SQL } from './uuid-sql.ts';

/** A workflow to create, already queued at its first stage (its audit rows are written for it). */
export interface QueuedWorkflow extends Omit<NewWorkflow, 'audit'> {
  /** The first stage's name. */
  readonly stage: string;
  /** The priority the first stage's attempt is queued at (domain attemptPriority). */
  readonly attemptPriority: number;
  readonly actor: string;
  /** The caller's trace, which the events and the task continue. */
  readonly trace: Record<string, string>;
  /**
   * A worker waiting for this stage (sync match): the first stage is leased to it here, unless
   * a queued attempt of that stage has a higher priority; null = queue it with its task.
   */
  readonly lease: { readonly owner: string; readonly ttlMs: number; readonly timeoutMs: number } | null;
}

export interface InsertedRow {
  /** The index of the workflow in the request. */
  readonly n: number;
  readonly workflow: WorkflowView;
  /** Its outbox entries in order: created, state_changed, then the first stage's task or the state_changed of its lease. */
  readonly events: OutboxEntry[];
  /** The first stage's attempt when it was leased here (`lease`). */
  readonly leased: LeasedFirst | null;
}

/** The first attempt, leased in the creating statement. */
export type LeasedFirst = ClaimedAttempt;

// One statement (one implicit transaction, one round trip): the workflows, already QUEUED at
// their first stage (version 2, as if created then queued), their two audit rows (nothing →
// CREATED → QUEUED), their first attempts, and one outbox row with three events each. A
// workflow whose tenant already used its idempotency key is not inserted, and nothing of it is
// written. The request's per-item values reach the inserted rows through one jsonb object keyed
// by id (a lookup is O(log n); a join between CTEs could cost O(n²) in a batch of hundreds).
// A workflow with a waiting worker (lease) starts there: its first attempt is leased in the
// same statement (fencing token from fence_seq, expiry from the database clock), the workflow
// goes on to PROCESSING (version 3, a third audit row and a state_changed event instead of the
// task), unless a queued attempt of that stage has a higher priority.
export const INSERT_QUEUED_SQL = `
  with x as (
    select * from rows from (jsonb_to_recordset($1::jsonb)
      as (id uuid, "tenantId" text, type text, "definitionVersion" int, input jsonb, priority int, "idempotencyKey" text, stage text, "attemptPriority" int,
          actor text, trace jsonb, owner text, ttl int, timeout int))
      with ordinality as x(id, "tenantId", type, "definitionVersion", input, priority, "idempotencyKey", stage, "attemptPriority", actor, trace, owner, ttl, timeout, n)),
  xs as (
    select x.*, coalesce(x.owner is not null and not exists (
      select 1 from stage_attempts q where q.state = 'QUEUED' and q.workflow_type = x.type and q.stage = x.stage and q.priority > x."attemptPriority"), false) as sync
    from x),
  w as (
    insert into workflows as w (id, tenant_id, type, definition_version, state, input, priority, idempotency_key, current_stage, stage_index, stage_attempt, version)
    select x.id, x."tenantId", x.type, x."definitionVersion", case when x.sync then 'PROCESSING' else 'QUEUED' end, coalesce(x.input, 'null'::jsonb), x.priority,
      x."idempotencyKey", x.stage, 0, 1, case when x.sync then 3 else 2 end
    from xs x order by x.n
    on conflict (tenant_id, idempotency_key) where idempotency_key is not null do nothing
    returning w.id, w.tenant_id, w.type, w.state, w.current_stage, w.input, w.output, w.priority, w.version, w.created_at, w.updated_at,
      w.retry_count, w.last_error, w.next_attempt_at, w.definition_version, w.idempotency_key),
  xm as (select jsonb_object_agg(x.id::text, jsonb_build_object('n', x.n, 'priority', x."attemptPriority", 'actor', x.actor, 'trace', x.trace, 'sync', x.sync, 'owner', x.owner, 'ttl', x.ttl, 'timeout', x.timeout)) as m from xs x),
  wk as (
    select w.*, (k.v->>'n')::int as n, (k.v->>'priority')::int as attempt_priority, k.v->>'actor' as actor, k.v->'trace' as trace, ${UUID_V7_SQL} as attempt_id,
      jsonb_build_object('definition_version', w.definition_version) as created_metadata,
      (k.v->>'sync')::boolean as sync, k.v->>'owner' as owner, (k.v->>'ttl')::int as ttl, (k.v->>'timeout')::int as timeout
    from w cross join xm cross join lateral (select xm.m->(w.id::text) as v) k),
  wx as (
    select wk.*, case when wk.sync then nextval('fence_seq') end as fence,
      case when wk.sync then now() + make_interval(secs => wk.ttl::double precision / 1000) end as lease_expires_at
    from wk),
  a as (
    insert into stage_attempts (id, workflow_id, tenant_id, workflow_type, priority, stage, stage_index, attempt, state, input, partial,
      fence, lease_owner, lease_ttl_ms, timeout_ms, lease_expires_at, started_at, heartbeat_at)
    select wx.attempt_id, wx.id, wx.tenant_id, wx.type, wx.attempt_priority, wx.current_stage, 0, 1, case when wx.sync then 'RUNNING' else 'QUEUED' end, wx.input, null,
      wx.fence, case when wx.sync then wx.owner end, case when wx.sync then wx.ttl end, case when wx.sync then wx.timeout else 0 end, wx.lease_expires_at,
      case when wx.sync then now() end, case when wx.sync then now() end
    from wx order by wx.n),
  wm as (
    select wx.*, jsonb_build_object('attempt_id', wx.attempt_id, 'attempt', 1) as metadata,
      case when wx.sync then jsonb_build_object('attempt_id', wx.attempt_id, 'attempt', 1, 'fence', wx.fence::text) end as claim_metadata,
      'worker:' || wx.owner as claim_actor
    from wx),
  t as (
    insert into workflow_transitions (workflow_id, from_state, to_state, stage, reason, metadata, actor)
    select workflow_id, from_state, to_state, stage, reason, metadata, actor from (
      select wm.n, 1 as k, wm.id as workflow_id, null as from_state, 'CREATED' as to_state, null as stage, 'created' as reason, wm.created_metadata as metadata, wm.actor from wm
      union all
      select wm.n, 2, wm.id, 'CREATED', 'QUEUED', wm.current_stage, $3::text, wm.metadata, wm.actor from wm
      union all
      select wm.n, 3, wm.id, 'QUEUED', 'PROCESSING', wm.current_stage, $5::text, wm.claim_metadata, wm.claim_actor from wm where wm.sync) s
    order by s.n, s.k),
  ev as (
    select wm.*, json_build_array(
        ${outboxEntrySql({ subject: workflowEventSubjectSql('$2::text', 'wm'), event: createdSql({ id: 'gen_random_uuid()', w: 'wm', idempotencyKey: 'wm.idempotency_key' }), trace: 'wm.trace' })},
        ${outboxEntrySql({ subject: workflowEventSubjectSql('$2::text', 'wm'), event: stateChangedSql({ id: 'gen_random_uuid()', w: 'q', from: "'CREATED'", reason: '$3::text', actor: 'wm.actor', metadata: 'wm.metadata' }), trace: 'wm.trace' })},
        case when wm.sync then
          ${outboxEntrySql({ subject: workflowEventSubjectSql('$2::text', 'wm'), event: stateChangedSql({ id: 'gen_random_uuid()', w: 'wm', from: "'QUEUED'", reason: '$5::text', actor: 'wm.claim_actor', metadata: 'wm.claim_metadata' }), trace: 'wm.trace' })}
        else
          ${outboxEntrySql({ subject: taskSubjectSql('$2::text', 'wm', 'na'), event: stageTaskSql({ id: 'gen_random_uuid()', w: 'wm', a: 'na' }), trace: 'wm.trace' })} end) as events
    from wm cross join lateral (select wm.attempt_id as id, wm.current_stage as stage, 1 as attempt, wm.attempt_priority as priority) na
      -- The workflow as CREATED → QUEUED left it (version 2).
      cross join lateral (select wm.id, wm.tenant_id, wm.type, 'QUEUED' as state, wm.current_stage, 2 as version, wm.retry_count, wm.updated_at) q),
  -- One outbox row for the whole statement, its messages in request order.
  o as (
    insert into outbox (id, entries)
    select $4::uuid, json_agg(j.e order by ev.n, j.k) from ev cross join lateral json_array_elements(ev.events) with ordinality as j(e, k)
    having count(*) > 0)
  select (ev.n - 1)::int as n, ev.id, ev.tenant_id, ev.type, ev.state, ev.current_stage, ev.input, ev.output, ev.priority, ev.version, ev.created_at, ev.updated_at,
    ev.retry_count, ev.last_error, ev.next_attempt_at, ev.definition_version, ev.events,
    ev.sync, ev.attempt_id, ev.fence::text as fence, ev.lease_expires_at, ev.timeout, ev.owner
  from ev
  order by ev.n`;

type Row = WorkflowView & {
  n: number;
  events: OutboxEntry[];
  sync: boolean;
  attempt_id: string;
  fence: string | null;
  lease_expires_at: string | null;
  timeout: number | null;
  owner: string | null;
};

/**
 * Inserts queued workflows with everything their creation writes, in one statement; returns the
 * ones inserted with their outbox entries (all in the row `outboxId`), to publish once the
 * statement has returned (committed), and the first attempts leased to waiting workers. The
 * caller has checked the types and admitted the workflows (the queue limit).
 */
export async function insertQueuedWorkflows(
  statements: StatementPool,
  workflows: readonly QueuedWorkflow[],
  r: { prefix: string; queuedReason: string; claimReason: string; outboxId: string },
): Promise<InsertedRow[]> {
  if (workflows.length === 0) return [];
  const rows = workflows.map(({ lease, ...w }) => ({ ...w, input: w.input ?? null, owner: lease?.owner ?? null, ttl: lease?.ttlMs ?? null, timeout: lease?.timeoutMs ?? null }));
  const result = await statements.run<Row>('sluice_insert_queued', INSERT_QUEUED_SQL, [JSON.stringify(rows), r.prefix, r.queuedReason, r.outboxId, r.claimReason]);
  return result.map(({ n, events, sync, attempt_id, fence, lease_expires_at, timeout, owner, ...workflow }) => ({
    n,
    workflow,
    events,
    leased: sync
      ? {
          id: attempt_id, workflow_id: workflow.id, stage: workflow.current_stage!, stage_index: 0, attempt: 1, state: 'RUNNING', fence,
          lease_owner: owner, lease_expires_at, input: workflow.input, partial: null, timeout_ms: timeout ?? 0,
        }
      : null,
  }));
}
