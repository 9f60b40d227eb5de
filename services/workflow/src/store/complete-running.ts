import type { StatementPool } from '@sluice/db';
import type { OutboxEntry } from '@sluice/messaging';
import { outboxEntrySql, stageCompletedSql, stageTaskSql, stateChangedSql, taskSubjectSql, workflowEventSubjectSql } from './event-sql.ts';
import type { WorkflowView } from './rows.ts';
import type { ClaimedAttempt, ClaimedWorkflow } from './claim-queued.ts';
import { UUID_V7_SQL } from './uuid-sql.ts';
import { attemptPrioritySql } from './sql.ts';

export interface RunningCompletion {
  readonly attemptId: string;
  readonly fence: string;
  readonly output: unknown;
  readonly partial: boolean;
  /** The stage the worker can start at once (see CompleteRunningRequest); null = queue the next stage. */
  readonly claimNext: string | null;
}

/** The next stage, leased to the completing worker in the same statement (claimNext). */
export interface NextClaim {
  readonly attempt: ClaimedAttempt;
  readonly workflow: ClaimedWorkflow;
  readonly signals: Record<string, unknown>;
}

export interface CompletedRow {
  /** The index of the completion in the request. */
  readonly n: number;
  /** The workflow after the change (the columns a Workflow message carries). */
  readonly workflow: CompletedWorkflow;
  /**
   * Its outbox entries in order: stage_completed, state_changed, and then the next stage's
   * task, or the state_changed of its claim when it was leased here (`next`).
   */
  readonly events: OutboxEntry[];
  readonly next: NextClaim | null;
}

export type CompletedWorkflow = WorkflowView;

export interface CompleteRunningRequest {
  readonly items: readonly RunningCompletion[];
  readonly prefix: string;
  readonly trace: Record<string, string>;
  /** The audit reasons of PROCESSING → COMPLETED and → PARTIALLY_PROCESSED (the transition table's). */
  readonly completedReason: string;
  readonly partialReason: string;
  /** ... and of QUEUED → PROCESSING, for a next stage leased here. */
  readonly claimReason: string;
  /** The lease of a next stage leased here; 0 takes the stage's own. */
  readonly requestedTtlMs: number;
  /** The server defaults for a stored stage that sets no lease or timeout. */
  readonly defaultTtlMs: number;
  readonly defaultTimeoutMs: number;
  /** A fresh id (UUID v7) for the one outbox row all the events go in. */
  readonly outboxId: string;
}

// One statement (one implicit transaction, one round trip) for the plain case of a completion:
// the attempt RUNNING under the caller's fence, its workflow PROCESSING at that stage with no
// stop requested; both locked first. Then the fenced update, the next stage's attempt (its
// name from the workflow's definition version) or the end of the run, the workflow's
// transition with its audit row, and one outbox row with the events: what completeStages does
// in a transaction of several statements. An item that is not the plain case is left out,
// untouched. After the locks, each step reads one CTE and carries forward what the next needs:
// a join between CTEs (no indexes) could cost O(n²) in a batch of hundreds.
//
// An item whose worker can start the next stage at once (claimNext, the stage's name) gets it
// leased in the same statement (eager dispatch) when nothing outranks it: the stage has no
// concurrency limit, nor its type, and no queued attempt of that stage has a higher priority
// (the claim would have picked that one first). The workflow then goes PROCESSING → QUEUED →
// PROCESSING, two audit rows and two state_changed events as a task and its claim would have
// written, with a fencing token from fence_seq and the lease from the database clock, and no task.
export const COMPLETE_SQL = `
  with x as (
    select * from jsonb_to_recordset($1::jsonb) as x(n int, "attemptId" uuid, fence bigint, output jsonb, partial boolean, "claimNext" text)),
  -- Each item locks its two rows found by primary key alone, then checks them (the latest
  -- versions, once locked): no other index can serve these lookups, whatever the statistics say.
  c as (
    select x.*, a.workflow_id, a.stage_index, w.type, w.definition_version, w.priority
    from x
    cross join lateral (select a.workflow_id, a.stage_index, a.state, a.fence from stage_attempts a where a.id = x."attemptId" for update) a
    cross join lateral (select w.state, w.stop_requested, w.stage_index, w.type, w.definition_version, w.priority from workflows w where w.id = a.workflow_id for update) w
    where a.state = 'RUNNING' and a.fence = x.fence and w.state = 'PROCESSING' and w.stop_requested is null and w.stage_index = a.stage_index),
  s as (
    select c.*, ns.spec->>'name' as next_stage, ${UUID_V7_SQL} as next_id, ns.spec, ${attemptPrioritySql('c.priority', 'ns.spec')} as next_priority,
      coalesce(c."claimNext" = ns.spec->>'name'
        and coalesce((ns.spec->>'maxConcurrency')::int, 0) = 0
        and coalesce((def.options->>'maxConcurrency')::int, 0) = 0
        and coalesce((def.options->>'maxConcurrencyPerTenant')::int, 0) = 0
        and not exists (select 1 from stage_attempts q
                        where q.state = 'QUEUED' and q.workflow_type = c.type and q.stage = ns.spec->>'name' and q.priority > ${attemptPrioritySql('c.priority', 'ns.spec')}), false) as eager
    from c join definitions def on def.type = c.type and def.version = c.definition_version
      cross join lateral (select def.stages->(c.stage_index + 1) as spec) ns),
  d as (
    select s.*,
      case when s.eager then nextval('fence_seq') end as next_fence,
      case when s.eager then (case when $7::int > 0 then $7::int else coalesce(nullif((s.spec->>'leaseTtlMs')::int, 0), $8::int) end) end as next_ttl,
      case when s.eager then coalesce(nullif((s.spec->>'timeoutMs')::int, 0), $9::int) else 0 end as next_timeout
    from s),
  done as (
    update stage_attempts a set state = 'COMPLETED', output = coalesce(d.output, 'null'::jsonb), finished_at = now(), lease_expires_at = null
    from d where a.id = d."attemptId"
    returning a.workflow_id, d.n, d.next_stage, d.next_id, coalesce(d.partial, false) as partial_done, coalesce(d.output, 'null'::jsonb) as output_in,
      a.id as done_id, a.stage as done_stage, a.attempt as done_attempt, a.lease_owner as done_owner, a.stage_index as done_index,
      d.eager, d.next_fence, d.next_ttl, d.next_timeout, d.next_priority,
      case when d.eager then now() + make_interval(secs => d.next_ttl::double precision / 1000) end as next_expires),
  u as (
    update workflows w set
      state = case when done.eager then 'PROCESSING' when done.next_stage is not null then 'QUEUED' when done.partial_done or w.incomplete then 'PARTIALLY_PROCESSED' else 'COMPLETED' end,
      version = w.version + case when done.eager then 2 else 1 end,
      updated_at = now(),
      current_stage = coalesce(done.next_stage, w.current_stage),
      stage_index = case when done.next_stage is not null then done.done_index + 1 else w.stage_index end,
      stage_attempt = case when done.next_stage is not null then 1 else w.stage_attempt end,
      next_attempt_at = case when done.next_stage is not null then null else w.next_attempt_at end,
      wait_signal = case when done.next_stage is not null then null else w.wait_signal end,
      incomplete = case when done.next_stage is not null and done.partial_done then true else w.incomplete end,
      output = case when done.next_stage is null then done.output_in else w.output end,
      finished_at = case when done.next_stage is null then now() else w.finished_at end,
      progress = case when done.next_stage is null then 100 else w.progress end,
      progress_message = case when done.next_stage is null then null else w.progress_message end
    from done where w.id = done.workflow_id
    returning w.id, w.tenant_id, w.type, w.state, w.current_stage, w.stage_index, w.input, w.output, w.priority, w.version, w.created_at, w.updated_at,
      w.retry_count, w.last_error, w.next_attempt_at, w.definition_version,
      done.n, done.next_stage, done.next_id, done.partial_done, done.output_in, done.done_id, done.done_stage, done.done_attempt, done.done_owner,
      done.eager, done.next_fence, done.next_ttl, done.next_timeout, done.next_expires, done.next_priority),
  nxt as (
    insert into stage_attempts (id, workflow_id, tenant_id, workflow_type, priority, stage, stage_index, attempt, state, input, partial,
      fence, lease_owner, lease_ttl_ms, timeout_ms, lease_expires_at, started_at, heartbeat_at)
    select u.next_id, u.id, u.tenant_id, u.type, u.next_priority, u.next_stage, u.stage_index, 1, case when u.eager then 'RUNNING' else 'QUEUED' end, u.output_in, null,
      u.next_fence, case when u.eager then u.done_owner end, u.next_ttl, u.next_timeout, u.next_expires,
      case when u.eager then now() end, case when u.eager then now() end
    from u where u.next_stage is not null),
  r as (
    select u.*,
      case when u.next_stage is not null then 'stage ' || u.done_stage || ' completed, ' || u.next_stage || ' queued'
           when u.state = 'COMPLETED' then $4::text else $5::text end as reason,
      case when u.next_stage is not null then jsonb_build_object('attempt_id', u.next_id, 'attempt', 1)
           else jsonb_build_object('attempt_id', u.done_id, 'partial', u.partial_done) end as metadata,
      case when u.eager then jsonb_build_object('attempt_id', u.next_id, 'attempt', 1, 'fence', u.next_fence::text) end as claim_metadata,
      'worker:' || coalesce(u.done_owner, 'unknown') as actor
    from u),
  t as (
    insert into workflow_transitions (workflow_id, from_state, to_state, stage, reason, metadata, actor)
    select r.id, h.from_state, h.to_state, r.current_stage, h.reason, h.metadata, r.actor
    from r cross join lateral (
      select 1 as k, 'PROCESSING' as from_state, case when r.eager then 'QUEUED' else r.state end as to_state, r.reason, r.metadata
      union all
      select 2, 'QUEUED', 'PROCESSING', $10::text, r.claim_metadata where r.eager) h
    order by r.n, h.k),
  e as (
    select r.*,
      ${outboxEntrySql({ subject: workflowEventSubjectSql('$2::text', 'r'), event: stageCompletedSql({ id: 'gen_random_uuid()', w: 'r', a: 'a', next: 'r.next_stage' }), trace: '$3::json' })} as completed,
      ${outboxEntrySql({ subject: workflowEventSubjectSql('$2::text', 'r'), event: stateChangedSql({ id: 'gen_random_uuid()', w: 'q', from: "'PROCESSING'", reason: 'r.reason', actor: 'r.actor', metadata: 'r.metadata' }), trace: '$3::json' })} as changed,
      case when r.eager then
        ${outboxEntrySql({ subject: workflowEventSubjectSql('$2::text', 'r'), event: stateChangedSql({ id: 'gen_random_uuid()', w: 'r', from: "'QUEUED'", reason: '$10::text', actor: 'r.actor', metadata: 'r.claim_metadata' }), trace: '$3::json' })}
      when r.next_stage is not null then
        ${outboxEntrySql({ subject: taskSubjectSql('$2::text', 'r', 'na'), event: stageTaskSql({ id: 'gen_random_uuid()', w: 'r', a: 'na' }), trace: '$3::json' })} end as follow
    from r
      cross join lateral (select r.done_id as id, r.done_stage as stage, r.done_attempt as attempt, r.done_owner as lease_owner) a
      cross join lateral (select r.next_id as id, r.next_stage as stage, 1 as attempt, r.next_priority as priority) na
      -- The workflow as its first transition left it (QUEUED, one version back, when the next stage was leased here too).
      cross join lateral (select r.id, r.tenant_id, r.type, case when r.eager then 'QUEUED' else r.state end as state, r.current_stage,
        r.version - case when r.eager then 1 else 0 end as version, r.retry_count, r.updated_at) q),
  ev as (
    select e.*, case when e.follow is null then json_build_array(e.completed, e.changed) else json_build_array(e.completed, e.changed, e.follow) end as events from e),
  -- One outbox row for the whole statement, its messages in item order.
  o as (
    insert into outbox (id, entries)
    select $6::uuid, json_agg(j.e order by ev.n, j.k) from ev cross join lateral json_array_elements(ev.events) with ordinality as j(e, k)
    having count(*) > 0)
  select ev.n, ev.id, ev.tenant_id, ev.type, ev.state, ev.current_stage, ev.input, ev.output, ev.priority, ev.version, ev.created_at, ev.updated_at,
    ev.retry_count, ev.last_error, ev.next_attempt_at, ev.definition_version, ev.events,
    ev.eager, ev.next_id, ev.next_stage, ev.stage_index as next_index, ev.next_fence::text as next_fence, ev.next_expires, ev.next_timeout, ev.output_in as next_input, ev.done_owner,
    case when ev.eager then coalesce((select jsonb_object_agg(g.name, g.payload order by g.id) from workflow_signals g where g.workflow_id = ev.id), '{}'::jsonb) end as next_signals
  from ev
  order by ev.n`;

type Row = CompletedWorkflow & {
  n: number;
  events: OutboxEntry[];
  eager: boolean;
  next_id: string;
  next_stage: string | null;
  next_index: number;
  next_fence: string | null;
  next_expires: string | null;
  next_timeout: number;
  next_input: unknown;
  done_owner: string | null;
  next_signals: Record<string, unknown> | null;
};

/**
 * Completes, in one statement, the items that are the plain case (see above), and returns
 * them with their outbox entries (all in the row `outboxId`), to publish once the statement has
 * returned (committed), and the next stages leased here. The items left out changed nothing:
 * a lost lease, a stop request, a repeat; the caller takes them through completeStages'
 * transaction, which answers each.
 */
export async function completeRunningAttempts(statements: StatementPool, r: CompleteRunningRequest): Promise<CompletedRow[]> {
  if (r.items.length === 0) return [];
  const items = r.items.map((item, n) => ({ n, attemptId: item.attemptId, fence: item.fence, output: item.output ?? null, partial: item.partial, claimNext: item.claimNext }));
  const rows = await statements.run<Row>('sluice_complete_running', COMPLETE_SQL, [
    JSON.stringify(items), r.prefix, JSON.stringify(r.trace), r.completedReason, r.partialReason, r.outboxId,
    r.requestedTtlMs, r.defaultTtlMs, r.defaultTimeoutMs, r.claimReason,
  ]);
  return rows.map(({ n, events, eager, next_id, next_stage, next_index, next_fence, next_expires, next_timeout, next_input, done_owner, next_signals, ...workflow }) => ({
    n,
    workflow,
    events,
    next: eager
      ? {
          attempt: {
            id: next_id, workflow_id: workflow.id, stage: next_stage!, stage_index: next_index, attempt: 1, state: 'RUNNING', fence: next_fence,
            lease_owner: done_owner, lease_expires_at: next_expires, input: next_input, partial: null, timeout_ms: next_timeout,
          },
          workflow: { id: workflow.id, tenant_id: workflow.tenant_id, type: workflow.type },
          signals: next_signals ?? {},
        }
      : null,
  }));
}
