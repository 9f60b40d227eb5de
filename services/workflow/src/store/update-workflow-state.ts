import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from './sql.ts';
import type { WorkflowRow } from './rows.ts';
import type { WorkflowState } from '../domain/states.ts';

/** What a transition may change besides the state; an omitted field keeps its value. */
export interface StatePatch {
  readonly to: WorkflowState;
  readonly currentStage?: string | null;
  readonly stageIndex?: number;
  readonly output?: unknown;
  readonly finished?: boolean;
  /** When RETRYING / QUOTA_EXCEEDED / WAITING end by themselves; null clears it. */
  readonly nextAttemptAt?: Date | null;
  readonly retryCountDelta?: number;
  readonly stageAttempt?: number;
  readonly lastError?: unknown;
  readonly partial?: unknown;
  readonly suspendReason?: string | null;
  readonly waitSignal?: string | null;
  readonly progress?: { readonly percent: number; readonly message: string | null };
  /** Where a running workflow goes once its worker lets go; null clears the request. */
  readonly stopRequested?: WorkflowState | null;
  /** Start counting failures afresh (a person's retry or resume). */
  readonly resetAttempts?: boolean;
  readonly incomplete?: boolean;
}

export interface VersionedPatch {
  readonly id: string;
  /** The version the caller read: the row changes only if nobody changed it since. */
  readonly version: number;
  readonly patch: StatePatch;
  /** The audit row written with the change (its stage is the row's stage after it). */
  readonly audit: { readonly from: string; readonly reason: string; readonly metadata: Readonly<Record<string, unknown>>; readonly actor: string };
}

// A field the patch names is written (JSON null included); an absent one keeps its value.
// Column names are fixed here, never taken from input.
const has = (field: string) => `jsonb_exists(x.p, '${field}')`;
const SQL = `
  with x as (select (j->>'id')::uuid as id, (j->>'version')::int as version, j->'patch' as p, j->'audit' as a, n from jsonb_array_elements(?::jsonb) with ordinality as e(j, n)),
  u as (
  update workflows w set
    state = x.p->>'to',
    version = w.version + 1,
    updated_at = now(),
    current_stage = case when ${has('currentStage')} then x.p->>'currentStage' else w.current_stage end,
    stage_index = case when ${has('stageIndex')} then (x.p->>'stageIndex')::int else w.stage_index end,
    output = case when ${has('output')} then x.p->'output' else w.output end,
    finished_at = case when coalesce((x.p->>'finished')::boolean, false) then now() else w.finished_at end,
    next_attempt_at = case when ${has('nextAttemptAt')} then (x.p->>'nextAttemptAt')::timestamptz else w.next_attempt_at end,
    retry_count = w.retry_count + coalesce((x.p->>'retryCountDelta')::int, 0),
    stage_attempt = case when ${has('stageAttempt')} then (x.p->>'stageAttempt')::int else w.stage_attempt end,
    last_error = case when ${has('lastError')} then x.p->'lastError' else w.last_error end,
    partial = case when ${has('partial')} then x.p->'partial' else w.partial end,
    suspend_reason = case when ${has('suspendReason')} then x.p->>'suspendReason' else w.suspend_reason end,
    wait_signal = case when ${has('waitSignal')} then x.p->>'waitSignal' else w.wait_signal end,
    progress = case when ${has('progress')} then (x.p->'progress'->>'percent')::int else w.progress end,
    progress_message = case when ${has('progress')} then x.p->'progress'->>'message' else w.progress_message end,
    incomplete = case when ${has('incomplete')} then (x.p->>'incomplete')::boolean else w.incomplete end,
    stop_requested = case when ${has('stopRequested')} then x.p->>'stopRequested' else w.stop_requested end,
    attempts_since = case when coalesce((x.p->>'resetAttempts')::boolean, false) then now() else w.attempts_since end
  from x
  where w.id = x.id and w.version = x.version
  returning w.*),
  t as (
    insert into workflow_transitions (workflow_id, from_state, to_state, stage, reason, metadata, actor)
    select u.id, x.a->>'from', u.state, u.current_stage, x.a->>'reason', x.a->'metadata', x.a->>'actor' from u join x on x.id = u.id order by x.n)
  select * from u`;

/**
 * The optimistic version check, for any number of workflows in one statement, with one audit
 * row per change: each row changes (and is audited) only if nobody changed it since its
 * `version` was read. Returns the rows that changed; one missing means its version moved on
 * (the caller raises CONFLICT, and rolls back the others).
 */
export async function updateWorkflowStates(em: EntityManager, patches: readonly VersionedPatch[]): Promise<Map<string, WorkflowRow>> {
  if (patches.length === 0) return new Map();
  const rows = await query<WorkflowRow>(em, SQL, [JSON.stringify(patches.map((p) => ({ ...p, patch: { ...p.patch, progress: p.patch.progress === undefined ? undefined : { percent: Math.round(p.patch.progress.percent), message: p.patch.progress.message } } })))]);
  return new Map(rows.map((r) => [r.id, r]));
}
