import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError } from '@sluice/errors';
import { WorkflowState } from '../domain/states.ts';
import { completeAttempt } from '../store/complete-attempt.ts';
import { lockWorkflow } from '../store/find-workflow.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { stagesOf } from './definition-of.ts';
import { enqueueStage } from './enqueue-stage.ts';
import { transition } from './transition.ts';
import { stopNow } from './stop.ts';
import { writeOutbox } from '@sluice/messaging';

/**
 * Commits a stage's output under the caller's fencing token. The output becomes the next
 * stage's input (its task is queued in the same transaction), or the workflow's output when it
 * was the last stage. A stale token changes nothing and throws LEASE_LOST.
 * `partial` marks a stage that finished with some items not done: the workflow then ends
 * PARTIALLY_PROCESSED instead of COMPLETED.
 */
export async function completeStage(em: EntityManager, deps: EngineDeps, attemptId: string, fence: string, output: unknown, partial = false): Promise<WorkflowRow> {
  return em.transactional(async (tx) => {
    const attempt = await completeAttempt(tx, attemptId, fence, output);
    if (attempt === null) throw SluiceError.leaseLost(attemptId, fence);
    const wf = (await lockWorkflow(tx, attempt.workflow_id))!;
    if (wf.stop_requested === WorkflowState.CANCELLED) {
      // The result came in after a person cancelled: the run stops here, the output is dropped.
      return stopNow(tx, deps, wf, `worker:${attempt.lease_owner ?? 'unknown'}`, 'the stage finished after the cancel request');
    }
    const stages = await stagesOf(tx, deps, wf);
    const actor = `worker:${attempt.lease_owner ?? 'unknown'}`;
    const next = stages[attempt.stage_index + 1];
    await writeOutbox(tx, [deps.emitter.stageCompleted(wf, attempt, next?.name ?? null)]);
    if (next === undefined) {
      return transition(tx, deps.emitter, wf, {
        to: partial || wf.incomplete ? WorkflowState.PARTIALLY_PROCESSED : WorkflowState.COMPLETED,
        output,
        finished: true,
        progress: { percent: 100, message: null },
        actor,
        metadata: { attempt_id: attempt.id, partial },
        ...(wf.stop_requested === null ? {} : { stopRequested: null }),
      });
    }
    const queued = await enqueueStage(tx, deps, wf, {
      stageIndex: attempt.stage_index + 1,
      stage: next.name,
      attempt: 1,
      input: output,
      actor,
      reason: `stage ${attempt.stage} completed, ${next.name} queued`,
      incomplete: partial,
    });
    // Suspended while this stage ran: its result stands, and the run waits before the next stage.
    return wf.stop_requested === WorkflowState.SUSPENDED ? stopNow(tx, deps, queued, actor, 'requested while the previous stage ran') : queued;
  });
}
