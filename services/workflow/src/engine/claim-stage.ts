import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError, ErrorCode } from '@sluice/errors';
import { WorkflowState } from '../domain/states.ts';
import { claimAttempt, findAttempt } from '../store/claim-attempt.ts';
import { lockWorkflow } from '../store/find-workflow.ts';
import type { AttemptRow, WorkflowRow } from '../store/rows.ts';
import type { Emitter } from './emit.ts';
import { transition } from './transition.ts';

export interface Claim {
  readonly attempt: AttemptRow;
  readonly workflow: WorkflowRow;
}

/**
 * A worker takes a queued stage attempt under a lease (fence from the sequence, expiry from the
 * database clock) and the workflow moves to PROCESSING. A task delivered twice is claimed once:
 * the second claim finds the attempt no longer QUEUED and is refused.
 */
export async function claimStage(em: EntityManager, emitter: Emitter, attemptId: string, workerId: string, ttlMs: number): Promise<Claim> {
  return em.transactional(async (tx) => {
    const attempt = await claimAttempt(tx, attemptId, workerId, ttlMs);
    if (attempt === null) {
      const current = await findAttempt(tx, attemptId);
      if (current === null) throw SluiceError.notFound('stage attempt', attemptId);
      throw new SluiceError(ErrorCode.INVALID_TRANSITION, `stage attempt ${attemptId} is ${current.state}, not QUEUED`, {
        details: { attemptId, state: current.state },
      });
    }
    const wf = (await lockWorkflow(tx, attempt.workflow_id))!;
    const processing = await transition(tx, emitter, wf, {
      to: WorkflowState.PROCESSING,
      actor: `worker:${workerId}`,
      metadata: { attempt_id: attempt.id, attempt: attempt.attempt, fence: attempt.fence },
    });
    return { attempt, workflow: processing };
  });
}
