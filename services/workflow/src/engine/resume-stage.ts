import type { EntityManager } from '@mikro-orm/postgresql';
import { lastAttempt } from '../store/due-workflows.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { enqueueStage } from './enqueue-stage.ts';

/**
 * Queues the workflow's current stage again: the same input as its last attempt (or a
 * replacement a person gave), its last checkpoint, the next attempt number. How a parked,
 * suspended or failed workflow runs again, whether by the scheduler or by a person.
 */
export async function requeueCurrentStage(
  em: EntityManager,
  deps: EngineDeps,
  wf: WorkflowRow,
  how: { actor: string; reason: string; input?: unknown; stageIndex?: number; stage?: string; retryCountDelta?: number; resetAttempts?: boolean; metadata?: Readonly<Record<string, unknown>> },
): Promise<WorkflowRow> {
  const stageIndex = how.stageIndex ?? wf.stage_index;
  const last = await lastAttempt(em, wf.id, stageIndex);
  return enqueueStage(em, deps, wf, {
    stageIndex,
    stage: how.stage ?? wf.current_stage!,
    attempt: (last?.attempt ?? 0) + 1,
    input: how.input !== undefined ? how.input : (last?.input ?? wf.input),
    partial: stageIndex === wf.stage_index ? (wf.partial ?? last?.partial) : null,
    actor: how.actor,
    reason: how.reason,
    ...(how.retryCountDelta === undefined ? {} : { retryCountDelta: how.retryCountDelta }),
    ...(how.resetAttempts === true ? { resetAttempts: true } : {}),
    ...(how.metadata === undefined ? {} : { metadata: how.metadata }),
  });
}
