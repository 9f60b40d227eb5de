import type { StatementPool } from '@sluice/db';
import type { OutboxEntry } from '@sluice/messaging';
import { outboxEntrySql, stateChangedSql, workflowEventSubjectSql } from './event-sql.ts';
import type { AttemptRow, WorkflowRow } from './rows.ts';

export interface ClaimQueuedRequest {
  readonly type: string;
  readonly stage: string;
  readonly max: number;
  readonly owner: string;
  /** The lease the worker asked for; 0 takes each stage's own (`leaseTtlMs` in its definition version). */
  readonly requestedTtlMs: number;
  /** The server defaults for a stored stage that sets no lease or timeout. */
  readonly defaultTtlMs: number;
  readonly defaultTimeoutMs: number;
  readonly prefix: string;
  /** The audit reason of QUEUED → PROCESSING (the transition table's). */
  readonly reason: string;
  /** A fresh id (UUID v7) for the one outbox row the claims' events go in. */
  readonly outboxId: string;
  readonly trace: Record<string, string>;
}

/** What a claim answers with about the attempt (ClaimStageResponse). */
export type ClaimedAttempt = Pick<AttemptRow, 'id' | 'workflow_id' | 'stage' | 'stage_index' | 'attempt' | 'state' | 'fence' | 'lease_owner' | 'lease_expires_at' | 'input' | 'partial' | 'timeout_ms'>;
/** ... and about its workflow. */
export type ClaimedWorkflow = Pick<WorkflowRow, 'id' | 'tenant_id' | 'type'>;

export interface ClaimedRow {
  readonly attempt: ClaimedAttempt;
  readonly workflow: ClaimedWorkflow;
  readonly signals: Record<string, unknown>;
  readonly event: OutboxEntry;
}

interface Row {
  id: string;
  workflow_id: string;
  stage: string;
  stage_index: number;
  attempt: number;
  fence: string;
  lease_owner: string;
  lease_expires_at: string;
  input: unknown;
  partial: unknown;
  timeout_ms: number;
  tenant_id: string;
  type: string;
  signals: Record<string, unknown>;
  event: OutboxEntry;
}

// One statement, so one implicit transaction and one round trip: pick the best queued attempts
// with their workflows (SKIP LOCKED), lease them (a fencing token each from fence_seq, expiry
// from the database clock, lease and timeout from the stage's definition version), move their
// workflows QUEUED → PROCESSING (the row lock makes a version check moot), write the audit
// rows and one outbox row with the state_changed events. Data-modifying WITH clauses all run,
// read or not. Each step after the pick reads one CTE and carries forward what the next needs:
// a join between CTEs (no indexes) could cost O(n²) in a batch of hundreds. Results are plain
// columns: to_jsonb() of a row cost PostgreSQL as much as updating it.
export const CLAIM_SQL = `
  with p as (
    select a.id, a.stage_index, w.type, w.definition_version from stage_attempts a join workflows w on w.id = a.workflow_id
    where a.state = 'QUEUED' and a.workflow_type = $1 and a.stage = $2 and w.state = 'QUEUED'
    order by a.priority desc, a.created_at
    limit $3
    for update of a, w skip locked),
  -- Numbered in pick order (a window function cannot sit beside FOR UPDATE).
  pn as (select p.*, (row_number() over ())::int as n from p),
  x as (
    select p.id, p.n,
      case when $5::int > 0 then $5::int else coalesce(nullif((d.stages->p.stage_index->>'leaseTtlMs')::int, 0), $6::int) end as ttl,
      coalesce(nullif((d.stages->p.stage_index->>'timeoutMs')::int, 0), $7::int) as timeout
    from pn p join definitions d on d.type = p.type and d.version = p.definition_version),
  l as (
    update stage_attempts a set
      state = 'RUNNING', fence = nextval('fence_seq'), lease_owner = $4, lease_ttl_ms = x.ttl, timeout_ms = x.timeout,
      lease_expires_at = now() + make_interval(secs => x.ttl::double precision / 1000), started_at = now(), heartbeat_at = now()
    from x where a.id = x.id
    returning a.id, a.workflow_id, a.stage, a.stage_index, a.attempt, a.fence, a.lease_owner, a.lease_expires_at, a.input, a.partial, a.timeout_ms, x.n),
  u as (
    update workflows w set state = 'PROCESSING', version = w.version + 1, updated_at = now()
    from l where w.id = l.workflow_id
    returning w.id as workflow_id, w.tenant_id, w.type, w.state, w.current_stage, w.version, w.retry_count, w.updated_at,
      l.id, l.stage, l.stage_index, l.attempt, l.fence::text as fence, l.lease_owner, l.lease_expires_at, l.input, l.partial, l.timeout_ms, l.n,
      jsonb_build_object('attempt_id', l.id, 'attempt', l.attempt, 'fence', l.fence::text) as metadata),
  t as (
    insert into workflow_transitions (workflow_id, from_state, to_state, stage, reason, metadata, actor)
    select u.workflow_id, 'QUEUED', u.state, u.current_stage, $8, u.metadata, $9 from u order by u.n),
  ev as (
    select u.*, ${outboxEntrySql({
      subject: workflowEventSubjectSql('$10::text', 'w'),
      event: stateChangedSql({ id: 'gen_random_uuid()', w: 'w', from: "'QUEUED'", reason: '$8::text', actor: '$9::text', metadata: 'u.metadata' }),
      trace: '$11::json',
    })} as event
    from u cross join lateral (select u.workflow_id as id, u.tenant_id, u.type, u.state, u.current_stage, u.version, u.retry_count, u.updated_at) w),
  -- One outbox row for the whole statement, its messages in claim order.
  o as (
    insert into outbox (id, entries)
    select $12::uuid, json_agg(ev.event order by ev.n) from ev having count(*) > 0)
  select ev.id, ev.workflow_id, ev.stage, ev.stage_index, ev.attempt, ev.fence, ev.lease_owner, ev.lease_expires_at, ev.input, ev.partial, ev.timeout_ms,
    ev.tenant_id, ev.type, ev.event,
    coalesce((select jsonb_object_agg(s.name, s.payload order by s.id) from workflow_signals s where s.workflow_id = ev.workflow_id), '{}'::jsonb) as signals
  from ev
  order by ev.n`;

/**
 * Up to `max` of the best queued attempts of (type, stage), highest priority then oldest, each
 * under a new lease, in one statement; for a stage without concurrency limits (those need the
 * counts of lockQueuedAttempts first). Returns the claims in pick order with their outbox
 * entries (all in the row `outboxId`), which the caller publishes once the statement has
 * returned (committed).
 */
export async function claimQueuedAttempts(statements: StatementPool, r: ClaimQueuedRequest): Promise<ClaimedRow[]> {
  const rows = await statements.run<Row>('sluice_claim_queued', CLAIM_SQL, [
    r.type, r.stage, r.max, r.owner, r.requestedTtlMs, r.defaultTtlMs, r.defaultTimeoutMs, r.reason, `worker:${r.owner}`, r.prefix, JSON.stringify(r.trace), r.outboxId,
  ]);
  return rows.map((row) => ({
    attempt: {
      id: row.id, workflow_id: row.workflow_id, stage: row.stage, stage_index: row.stage_index, attempt: row.attempt, state: 'RUNNING', fence: row.fence,
      lease_owner: row.lease_owner, lease_expires_at: row.lease_expires_at, input: row.input, partial: row.partial, timeout_ms: row.timeout_ms,
    },
    workflow: { id: row.workflow_id, tenant_id: row.tenant_id, type: row.type },
    signals: row.signals,
    event: row.event,
  }));
}
