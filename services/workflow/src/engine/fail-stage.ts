import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError } from '@sluice/errors';
import { decideFailure, type Category } from '../domain/failure.ts';
import { countStageFailures } from '../store/count-stage-failures.ts';
import { failAttempt } from '../store/fail-attempt.ts';
import { lockWorkflow } from '../store/find-workflow.ts';
import type { AttemptRow, WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { stageSpecOf } from './definition-of.ts';
import { transition } from './transition.ts';
import { stopNow } from './stop.ts';
import { writeOutbox } from '@sluice/messaging';

export interface Failure {
  readonly category: Category;
  readonly code: string;
  readonly message: string;
  readonly details: unknown;
  /** For rate_limited: when the upstream quota allows another try. */
  readonly retryAt: Date | null;
}

export interface StageFailure extends Failure {
  readonly attemptId: string;
  readonly fence: string;
  /** A checkpoint to keep; undefined keeps the last SavePartial. */
  readonly partial: unknown;
}

/** A worker reports a failed attempt under its fence; the workflow moves as the category says. */
export async function failStage(em: EntityManager, deps: EngineDeps, failure: StageFailure): Promise<WorkflowRow> {
  return em.transactional(async (tx) => {
    const error = { code: failure.code, message: failure.message, category: failure.category, details: failure.details ?? null };
    const attempt = await failAttempt(tx, failure.attemptId, failure.fence, { category: failure.category, error, partial: failure.partial });
    if (attempt === null) throw SluiceError.leaseLost(failure.attemptId, failure.fence);
    return applyFailure(tx, deps, attempt, failure, `worker:${attempt.lease_owner ?? 'unknown'}`);
  });
}

/**
 * What a failed attempt (already marked FAILED) does to its workflow (domain/failure.ts): retry
 * with backoff, park in QUOTA_EXCEEDED, suspend, or fail; a stop a person asked for wins. The
 * workflow keeps the attempt's checkpoint; the scheduler brings parked workflows back.
 */
export async function applyFailure(tx: EntityManager, deps: EngineDeps, attempt: AttemptRow, failure: Failure, actor: string): Promise<WorkflowRow> {
  const wf = (await lockWorkflow(tx, attempt.workflow_id))!;
  if (wf.stop_requested !== null) return stopNow(tx, deps, wf, actor, `the stage failed after the request: ${failure.message}`);
  const spec = await stageSpecOf(tx, deps, wf, attempt.stage_index);
  const failures = await countStageFailures(tx, wf.id, attempt.stage_index, wf.attempts_since);
  const decision = decideFailure(failure.category, spec.retry, failures, new Date(), failure.retryAt);
  const error = { code: failure.code, message: failure.message, category: failure.category, details: failure.details ?? null };
  const updated = await transition(tx, deps.emitter, wf, {
    to: decision.to,
    nextAttemptAt: decision.nextAttemptAt,
    lastError: { ...error, stage: attempt.stage, attempt: attempt.attempt, at: new Date().toISOString() },
    ...(attempt.partial === null || attempt.partial === undefined ? {} : { partial: attempt.partial }),
    ...(decision.to === 'SUSPENDED' ? { suspendReason: failure.message } : {}),
    ...(decision.to === 'FAILED' ? { finished: true } : {}),
    actor,
    reason: `${attempt.stage} failed (${failure.category} ${failure.code}): ${failure.message}`.slice(0, 500),
    metadata: { attempt_id: attempt.id, attempt: attempt.attempt, category: failure.category, code: failure.code },
  });
  await writeOutbox(tx, [deps.emitter.stageFailed(updated, attempt, { ...error, willRetry: decision.willRetry, nextAttemptAt: decision.nextAttemptAt })]);
  return updated;
}
