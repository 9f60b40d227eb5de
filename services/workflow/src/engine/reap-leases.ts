import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkflowState } from '../domain/states.ts';
import { canRetry } from '../domain/retry.ts';
import { expireLeases } from '../store/expired-leases.ts';
import { lockWorkflow } from '../store/find-workflow.ts';
import { countStageFailures } from '../store/count-stage-failures.ts';
import type { EngineDeps } from './deps.ts';
import { stageSpecOf } from './definition-of.ts';
import { requeueCurrentStage } from './resume-stage.ts';
import { transition } from './transition.ts';
import { stopNow } from './stop.ts';
import { applyFailure } from './fail-stage.ts';
import { failTimedOutAttempts } from '../store/timed-out-attempts.ts';
import { writeOutbox } from '@sluice/messaging';

/**
 * One reaper round: attempts whose lease ran out (their worker died or stalled) are marked
 * EXPIRED and their stage is queued again for another worker, or the workflow FAILS once the
 * stage's attempts are used up; a workflow being cancelled is CANCELLED. Attempts past their
 * stage's timeout fail as transient STAGE_TIMEOUT (and are retried by the policy). Safe on
 * every replica.
 */
export async function reapExpiredLeases(em: EntityManager, deps: EngineDeps, limit = 200): Promise<number> {
  return em.transactional(async (tx) => {
    const expired = await expireLeases(tx, limit);
    for (const attempt of expired) {
      const wf = (await lockWorkflow(tx, attempt.workflow_id))!;
      await writeOutbox(tx, [deps.emitter.leaseExpired(wf, attempt)]);
      if (wf.state !== WorkflowState.PROCESSING) continue;
      const actor = 'reaper';
      const lastError = { code: 'LEASE_EXPIRED', message: `the lease of ${attempt.lease_owner ?? '?'} expired`, category: 'transient', stage: attempt.stage, attempt: attempt.attempt };
      if (wf.stop_requested !== null) {
        await stopNow(tx, deps, wf, actor, 'its worker stopped answering');
        continue;
      }
      const spec = await stageSpecOf(tx, deps, wf, attempt.stage_index);
      if (!canRetry(spec.retry, await countStageFailures(tx, wf.id, attempt.stage_index, wf.attempts_since))) {
        await transition(tx, deps.emitter, wf, { to: WorkflowState.FAILED, finished: true, lastError, actor, reason: `lease of ${attempt.lease_owner ?? '?'} expired; no attempts left` });
        continue;
      }
      await requeueCurrentStage(tx, deps, wf, {
        actor,
        reason: `lease of ${attempt.lease_owner ?? '?'} expired; attempt re-queued`,
        metadata: { expired_attempt_id: attempt.id, fence: attempt.fence },
      });
    }
    const timedOut = await failTimedOutAttempts(tx, limit);
    for (const attempt of timedOut) {
      const message = `the stage ran longer than its timeout of ${attempt.timeout_ms} ms`;
      await applyFailure(tx, deps, attempt, { category: 'transient', code: 'STAGE_TIMEOUT', message, details: { timeout_ms: attempt.timeout_ms }, retryAt: null }, 'reaper');
    }
    return expired.length + timedOut.length;
  });
}
