import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkflowState } from '../domain/states.ts';
import { lockDueWorkflows } from '../store/due-workflows.ts';
import type { EngineDeps } from './deps.ts';
import { requeueCurrentStage } from './resume-stage.ts';
import { transition } from './transition.ts';

const REASONS: Partial<Record<WorkflowState, string>> = {
  RETRYING: 'backoff elapsed, stage retried',
  QUOTA_EXCEEDED: 'retry_at reached, stage resumed with its partial results',
};

/**
 * One scheduler round: every parked workflow whose next_attempt_at has passed comes back by
 * itself: RETRYING and QUOTA_EXCEEDED re-queue their stage (same input, the last checkpoint),
 * WAITING past its deadline fails. Returns how many it moved.
 */
export async function resumeDue(em: EntityManager, deps: EngineDeps, limit = 200): Promise<number> {
  return em.transactional(async (tx) => {
    const due = await lockDueWorkflows(tx, limit);
    for (const wf of due) {
      if (wf.state === WorkflowState.WAITING) {
        await transition(tx, deps.emitter, wf, {
          to: WorkflowState.FAILED,
          finished: true,
          nextAttemptAt: null,
          lastError: { code: 'SIGNAL_TIMEOUT', message: `no ${wf.wait_signal ?? ''} signal before the deadline`, category: 'internal' },
          actor: 'scheduler',
        });
        continue;
      }
      await requeueCurrentStage(tx, deps, wf, {
        actor: 'scheduler',
        reason: REASONS[wf.state] ?? 'resumed',
        retryCountDelta: wf.state === WorkflowState.RETRYING ? 1 : 0,
      });
    }
    return due.length;
  });
}
