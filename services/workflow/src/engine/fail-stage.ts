import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError } from '@sluice/errors';
import { decideFailure, type Category } from '../domain/failure.ts';
import { countStageFailures } from '../store/count-stage-failures.ts';
import { failAttempt } from '../store/fail-attempt.ts';
import { lockWorkflow } from '../store/find-workflow.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { stageSpecOf } from './definition-of.ts';
import { transition } from './transition.ts';
import { stopNow } from './stop.ts';

export interface StageFailure {
  readonly attemptId: string;
  readonly fence: string;
  readonly category: Category;
  readonly code: string;
  readonly message: string;
  readonly details: unknown;
  /** A checkpoint to keep; undefined keeps the last SavePartial. */
  readonly partial: unknown;
  /** For rate_limited: when the upstream quota allows another try. */
  readonly retryAt: Date | null;
}

/**
 * Records a failed attempt under the caller's fence and moves the workflow as the category
 * says (domain/failure.ts). A parked workflow keeps its partial results; the scheduler brings
 * RETRYING and QUOTA_EXCEEDED back at next_attempt_at by itself.
 */
export async function failStage(em: EntityManager, deps: EngineDeps, failure: StageFailure): Promise<WorkflowRow> {
  return em.transactional(async (tx) => {
    const error = { code: failure.code, message: failure.message, category: failure.category, details: failure.details ?? null };
    const attempt = await failAttempt(tx, failure.attemptId, failure.fence, { category: failure.category, error, partial: failure.partial });
    if (attempt === null) throw SluiceError.leaseLost(failure.attemptId, failure.fence);
    const wf = (await lockWorkflow(tx, attempt.workflow_id))!;
    if (wf.stop_requested !== null) return stopNow(tx, deps, wf, `worker:${attempt.lease_owner ?? 'unknown'}`, `the stage failed after the request: ${failure.message}`);
    const spec = await stageSpecOf(tx, deps, wf, attempt.stage_index);
    const failures = await countStageFailures(tx, wf.id, attempt.stage_index, wf.attempts_since);
    const decision = decideFailure(failure.category, spec.retry, failures, new Date(), failure.retryAt);
    const lastError = { ...error, stage: attempt.stage, attempt: attempt.attempt, at: new Date().toISOString() };
    const updated = await transition(tx, deps.emitter, wf, {
      to: decision.to,
      nextAttemptAt: decision.nextAttemptAt,
      lastError,
      ...(attempt.partial === null || attempt.partial === undefined ? {} : { partial: attempt.partial }),
      ...(decision.to === 'SUSPENDED' ? { suspendReason: failure.message } : {}),
      ...(decision.to === 'FAILED' ? { finished: true } : {}),
      actor: `worker:${attempt.lease_owner ?? 'unknown'}`,
      reason: `${attempt.stage} failed (${failure.category} ${failure.code}): ${failure.message}`.slice(0, 500),
      metadata: { attempt_id: attempt.id, attempt: attempt.attempt, category: failure.category, code: failure.code },
    });
    await deps.emitter.stageFailed(tx, updated, attempt, { ...error, willRetry: decision.willRetry, nextAttemptAt: decision.nextAttemptAt });
    return updated;
  });
}
