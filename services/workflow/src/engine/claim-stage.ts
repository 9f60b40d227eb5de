import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError, ErrorCode } from '@sluice/errors';
import { WorkflowState } from '../domain/states.ts';
import { resolveStages } from '../domain/definition.ts';
import { claimAttempt, findAttempt } from '../store/claim-attempt.ts';
import { lockWorkflow } from '../store/find-workflow.ts';
import { findLatestDefinition } from '../store/find-definition.ts';
import { anyQueued, lockNextQueuedAttempt } from '../store/next-queued-attempt.ts';
import type { AttemptRow, WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { stageSpecOf } from './definition-of.ts';
import { transition } from './transition.ts';

export interface Claim {
  readonly attempt: AttemptRow;
  readonly workflow: WorkflowRow;
}

/**
 * A worker takes one named queued attempt under a lease. A task delivered twice is claimed
 * once: the second claim finds the attempt no longer QUEUED.
 */
export async function claimStage(em: EntityManager, deps: EngineDeps, attemptId: string, workerId: string, requestedTtlMs: number): Promise<Claim> {
  return em.transactional(async (tx) => {
    const queued = await findAttempt(tx, attemptId);
    if (queued === null) throw SluiceError.notFound('stage attempt', attemptId);
    return takeLease(tx, deps, queued, workerId, requestedTtlMs);
  });
}

/**
 * A worker takes the best queued attempt of (type, stage): the highest priority first, then
 * the oldest, within the stage's, the type's and the tenant's concurrency limits.
 * NOT_FOUND when nothing is queued; RESOURCE_EXHAUSTED when a limit holds the queue back.
 */
export async function claimNext(em: EntityManager, deps: EngineDeps, type: string, stage: string, workerId: string, requestedTtlMs: number): Promise<Claim> {
  return em.transactional(async (tx) => {
    const definition = await findLatestDefinition(tx, type);
    if (definition === null) throw SluiceError.notFound('workflow type', type);
    const spec = resolveStages(type, definition.stages, null, deps.defaults).find((s) => s.name === stage);
    if (spec === undefined) throw SluiceError.notFound('stage', `${type}.${stage}`);
    const next = await lockNextQueuedAttempt(tx, type, stage, {
      stage: spec.maxConcurrency,
      type: definition.options.maxConcurrency ?? 0,
      perTenant: definition.options.maxConcurrencyPerTenant ?? 0,
    });
    if (next === null) {
      if (await anyQueued(tx, type, stage)) {
        throw new SluiceError(ErrorCode.RESOURCE_EXHAUSTED, `every queued ${type}.${stage} attempt is held back by a concurrency limit`, { details: { type, stage } });
      }
      throw SluiceError.notFound('queued attempt of', `${type}.${stage}`);
    }
    return takeLease(tx, deps, next, workerId, requestedTtlMs);
  });
}

async function takeLease(tx: EntityManager, deps: EngineDeps, queued: AttemptRow, workerId: string, requestedTtlMs: number): Promise<Claim> {
  const wf = await lockWorkflow(tx, queued.workflow_id);
  if (queued.state !== 'QUEUED' || wf === null || wf.state !== WorkflowState.QUEUED) {
    throw new SluiceError(ErrorCode.INVALID_TRANSITION, `stage attempt ${queued.id} is ${queued.state}, not QUEUED`, {
      details: { attemptId: queued.id, state: queued.state, workflowState: wf?.state ?? null },
    });
  }
  const spec = await stageSpecOf(tx, deps, wf, queued.stage_index);
  const attempt = await claimAttempt(tx, queued.id, workerId, requestedTtlMs > 0 ? requestedTtlMs : spec.leaseTtlMs, spec.timeoutMs);
  if (attempt === null) throw new SluiceError(ErrorCode.INVALID_TRANSITION, `stage attempt ${queued.id} was claimed by another worker`, { details: { attemptId: queued.id } });
  const processing = await transition(tx, deps.emitter, wf, {
    to: WorkflowState.PROCESSING,
    actor: `worker:${workerId}`,
    metadata: { attempt_id: attempt.id, attempt: attempt.attempt, fence: attempt.fence },
  });
  return { attempt, workflow: processing };
}
