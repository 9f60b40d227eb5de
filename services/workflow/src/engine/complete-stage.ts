import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError } from '@sluice/errors';
import { WorkflowState } from '../domain/states.ts';
import { completeAttempt } from '../store/complete-attempt.ts';
import { lockWorkflow } from '../store/find-workflow.ts';
import { findDefinition } from '../store/find-definition.ts';
import { insertAttempt } from '../store/insert-attempt.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { Emitter } from './emit.ts';
import { transition } from './transition.ts';

/**
 * Commits a stage's output under the caller's fencing token. The output becomes the next
 * stage's input (its task is queued in the same transaction), or the workflow's output when it
 * was the last stage. A stale token changes nothing and throws LEASE_LOST.
 */
export async function completeStage(em: EntityManager, emitter: Emitter, attemptId: string, fence: string, output: unknown): Promise<WorkflowRow> {
  return em.transactional(async (tx) => {
    const attempt = await completeAttempt(tx, attemptId, fence, output);
    if (attempt === null) throw SluiceError.leaseLost(attemptId, fence);
    const wf = (await lockWorkflow(tx, attempt.workflow_id))!;
    const definition = (await findDefinition(tx, wf.type, wf.definition_version))!;
    const actor = `worker:${attempt.lease_owner ?? 'unknown'}`;
    const next = definition.stages[attempt.stage_index + 1];
    await emitter.stageCompleted(tx, wf, attempt, next?.name ?? null);
    if (next === undefined) {
      return transition(tx, emitter, wf, { to: WorkflowState.COMPLETED, output, finished: true, actor, metadata: { attempt_id: attempt.id } });
    }
    const nextAttempt = await insertAttempt(tx, {
      id: randomUUID(),
      workflowId: wf.id,
      stage: next.name,
      stageIndex: attempt.stage_index + 1,
      attempt: 1,
      input: output,
    });
    const queued = await transition(tx, emitter, wf, {
      to: WorkflowState.QUEUED,
      currentStage: next.name,
      stageIndex: attempt.stage_index + 1,
      actor,
      reason: `stage ${attempt.stage} completed, ${next.name} queued`,
    });
    await emitter.stageTask(tx, queued, nextAttempt);
    return queued;
  });
}
