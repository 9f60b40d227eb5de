import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError, ErrorCode } from '@sluice/errors';
import { WorkflowState } from '../domain/states.ts';
import { claimAttempt, findAttempt } from '../store/claim-attempt.ts';
import { lockWorkflow } from '../store/find-workflow.ts';
import type { AttemptRow, WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { stageSpecOf } from './definition-of.ts';
import { transition } from './transition.ts';

export interface Claim {
  readonly attempt: AttemptRow;
  readonly workflow: WorkflowRow;
}

/**
 * A worker takes a queued stage attempt under a lease (fence from the sequence, expiry from the
 * database clock, TTL the worker's or else the stage's) and the workflow moves to PROCESSING.
 * A task delivered twice is claimed once: the second claim finds the attempt no longer QUEUED.
 */
export async function claimStage(em: EntityManager, deps: EngineDeps, attemptId: string, workerId: string, requestedTtlMs: number): Promise<Claim> {
  return em.transactional(async (tx) => {
    const queued = await findAttempt(tx, attemptId);
    if (queued === null) throw SluiceError.notFound('stage attempt', attemptId);
    const wf = await lockWorkflow(tx, queued.workflow_id);
    if (queued.state !== 'QUEUED' || wf === null || wf.state !== WorkflowState.QUEUED) {
      throw new SluiceError(ErrorCode.INVALID_TRANSITION, `stage attempt ${attemptId} is ${queued.state}, not QUEUED`, {
        details: { attemptId, state: queued.state, workflowState: wf?.state ?? null },
      });
    }
    const ttl = requestedTtlMs > 0 ? requestedTtlMs : (await stageSpecOf(tx, deps, wf, queued.stage_index)).leaseTtlMs;
    const attempt = await claimAttempt(tx, attemptId, workerId, ttl);
    if (attempt === null) throw new SluiceError(ErrorCode.INVALID_TRANSITION, `stage attempt ${attemptId} was claimed by another worker`, { details: { attemptId } });
    const processing = await transition(tx, deps.emitter, wf, {
      to: WorkflowState.PROCESSING,
      actor: `worker:${workerId}`,
      metadata: { attempt_id: attempt.id, attempt: attempt.attempt, fence: attempt.fence },
    });
    return { attempt, workflow: processing };
  });
}
