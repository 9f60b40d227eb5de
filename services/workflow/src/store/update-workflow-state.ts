import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';
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

/**
 * The optimistic version check: the row changes only if nobody changed it since `version`
 * was read. Returns null when the version moved on (the caller raises CONFLICT).
 * Only the fields the patch names are written; column names come from this file, never from input.
 */
export function updateWorkflowState(em: EntityManager, id: string, version: number, patch: StatePatch): Promise<WorkflowRow | null> {
  const sets: string[] = ['state = ?', 'version = version + 1', 'updated_at = now()'];
  const params: unknown[] = [patch.to];
  const set = (sql: string, ...values: unknown[]) => {
    sets.push(sql);
    params.push(...values);
  };
  if (patch.currentStage !== undefined) set('current_stage = ?', patch.currentStage);
  if (patch.stageIndex !== undefined) set('stage_index = ?', patch.stageIndex);
  if (patch.output !== undefined) set('output = ?::jsonb', JSON.stringify(patch.output));
  if (patch.finished === true) set('finished_at = now()');
  if (patch.nextAttemptAt !== undefined) set('next_attempt_at = ?::timestamptz', patch.nextAttemptAt?.toISOString() ?? null);
  if (patch.retryCountDelta !== undefined) set('retry_count = retry_count + ?', patch.retryCountDelta);
  if (patch.stageAttempt !== undefined) set('stage_attempt = ?', patch.stageAttempt);
  if (patch.lastError !== undefined) set('last_error = ?::jsonb', JSON.stringify(patch.lastError));
  if (patch.partial !== undefined) set('partial = ?::jsonb', JSON.stringify(patch.partial));
  if (patch.suspendReason !== undefined) set('suspend_reason = ?', patch.suspendReason);
  if (patch.waitSignal !== undefined) set('wait_signal = ?', patch.waitSignal);
  if (patch.progress !== undefined) set('progress = ?, progress_message = ?', patch.progress.percent, patch.progress.message);
  if (patch.incomplete !== undefined) set('incomplete = ?', patch.incomplete);
  if (patch.stopRequested !== undefined) set('stop_requested = ?', patch.stopRequested);
  if (patch.resetAttempts === true) set('attempts_since = now()');
  params.push(id, version);
  return queryOne<WorkflowRow>(em, `update workflows set ${sets.join(', ')} where id = ? and version = ? returning *`, params);
}
