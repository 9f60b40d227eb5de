import type { EntityManager } from '@mikro-orm/postgresql';
import { queryPrepared } from './sql.ts';
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
  /** At least `max` fresh event ids (UUID v7), one per claim. */
  readonly eventIds: readonly string[];
  /** A fresh id (UUID v7) for the one outbox row the claims' events go in. */
  readonly outboxId: string;
  readonly trace: Record<string, string>;
}

/** A claimed attempt's workflow, without its payloads (the attempt carries the stage's input). */
export type ClaimedWorkflow = Omit<WorkflowRow, 'input' | 'output' | 'partial' | 'last_error'>;

export interface ClaimedRow {
  readonly attempt: AttemptRow;
  readonly workflow: ClaimedWorkflow;
  readonly signals: Record<string, unknown>;
  readonly event: OutboxEntry;
}

// One statement, so one implicit transaction and one round trip: pick the best queued attempts
// with their workflows (SKIP LOCKED), lease them (a fencing token each from fence_seq, expiry
// from the database clock, lease and timeout from the stage's definition version), move their
// workflows QUEUED → PROCESSING (the row lock makes a version check moot), write the audit
// rows and the state_changed outbox rows. Data-modifying WITH clauses all run, read or not.
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
    returning a.*, x.n),
  -- Each later step reads one CTE, carrying what it needs forward: joins between CTEs (no
  -- indexes) would cost O(n²) in a batch of hundreds.
  u as (
    update workflows w set state = 'PROCESSING', version = w.version + 1, updated_at = now()
    from l where w.id = l.workflow_id
    returning w.*, l.n, to_jsonb(w) - 'input' - 'output' - 'partial' - 'last_error' as workflow_json, to_jsonb(l) - 'n' || jsonb_build_object('fence', l.fence::text) as attempt_json,
      jsonb_build_object('attempt_id', l.id, 'attempt', l.attempt, 'fence', l.fence::text) as metadata),
  t as (
    insert into workflow_transitions (workflow_id, from_state, to_state, stage, reason, metadata, actor)
    select u.id, 'QUEUED', u.state, u.current_stage, $8, u.metadata, $9 from u order by u.n),
  ev as (
    select u.n, u.id, u.attempt_json, u.workflow_json, ${outboxEntrySql({
      subject: workflowEventSubjectSql('$11::text', 'u'),
      event: stateChangedSql({ id: '($10::uuid[])[u.n]', w: 'u', from: "'QUEUED'", reason: '$8::text', actor: '$9::text', metadata: 'u.metadata' }),
      trace: '$12::jsonb',
    })} as row
    from u),
  -- One outbox row for the whole statement, its messages in claim order.
  o as (
    insert into outbox (id, entries)
    select $13::uuid, jsonb_agg(ev.row order by ev.n) from ev having count(*) > 0)
  select ev.attempt_json as attempt, ev.workflow_json as workflow,
    coalesce((select jsonb_object_agg(s.name, s.payload order by s.id) from workflow_signals s where s.workflow_id = ev.id), '{}'::jsonb) as signals,
    ev.row as event
  from ev
  order by ev.n`;

/**
 * Up to `max` of the best queued attempts of (type, stage), highest priority then oldest, each
 * under a new lease, in one statement; for a stage without concurrency limits (those need the
 * counts of lockQueuedAttempts first). Returns the claims in pick order with their outbox entries (all in the row
 * `outboxId`), which the caller publishes once the statement has returned (committed).
 */
export async function claimQueuedAttempts(em: EntityManager, r: ClaimQueuedRequest): Promise<ClaimedRow[]> {
  if (r.eventIds.length < r.max) throw new Error(`claimQueuedAttempts needs ${r.max} event ids, got ${r.eventIds.length}`);
  return queryPrepared<ClaimedRow>(em, 'sluice_claim_queued', CLAIM_SQL, [r.type, r.stage, r.max, r.owner, r.requestedTtlMs, r.defaultTtlMs, r.defaultTimeoutMs, r.reason, `worker:${r.owner}`, r.eventIds, r.prefix, JSON.stringify(r.trace), r.outboxId]);
}
