import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError } from '@sluice/errors';
import { WorkflowState as S, type WorkflowState } from '../domain/states.ts';
import { lockTenantWorkflow } from '../store/find-workflow.ts';
import { requestStop } from '../store/request-stop.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { stopNow } from './stop.ts';
import { requeueCurrentStage } from './resume-stage.ts';
import { stagesOf } from './definition-of.ts';

export interface ControlRequest {
  readonly tenantId: string;
  readonly id: string;
  readonly reason: string;
  readonly actor: string;
  /** 0 = any; else the version the caller last saw (a stale one is CONFLICT). */
  readonly expectedVersion: number;
}

/** Locks the tenant's workflow for a person's command, checking the version they saw. */
async function lockFor(em: EntityManager, req: ControlRequest): Promise<WorkflowRow> {
  const wf = await lockTenantWorkflow(em, req.tenantId, req.id);
  if (wf === null) throw SluiceError.notFound('workflow', req.id);
  if (req.expectedVersion > 0 && wf.version !== req.expectedVersion) throw SluiceError.conflict('workflow', wf.id, req.expectedVersion);
  return wf;
}

function refuse(wf: WorkflowRow, to: WorkflowState): never {
  throw SluiceError.invalidTransition(wf.id, wf.state, to);
}

/**
 * Cancels a workflow. A running stage is told through its worker's next heartbeat (its
 * ctx.signal aborts) and the workflow is CANCELLED once the worker lets go or its lease runs
 * out; any other live workflow is CANCELLED at once. A finished one is refused.
 */
export function cancelWorkflow(em: EntityManager, deps: EngineDeps, req: ControlRequest): Promise<WorkflowRow> {
  return em.transactional(async (tx) => {
    const wf = await lockFor(tx, req);
    if (wf.state === S.PROCESSING) return (await requestStop(tx, wf, S.CANCELLED, req.reason || 'cancelled', req.actor)) ?? refuse(wf, S.CANCELLED);
    if (![S.CREATED, S.QUEUED, S.WAITING, S.QUOTA_EXCEEDED, S.RETRYING, S.SUSPENDED].includes(wf.state as never)) refuse(wf, S.CANCELLED);
    return stopNow(tx, deps, wf, req.actor, req.reason || 'by request', S.CANCELLED);
  });
}

/** Suspends a workflow for a person, with a reason; a running stage is stopped and handed back first. */
export function suspendWorkflow(em: EntityManager, deps: EngineDeps, req: ControlRequest): Promise<WorkflowRow> {
  if (req.reason.trim() === '') throw SluiceError.invalidArgument('reason is required to suspend a workflow', { field: 'reason' });
  return em.transactional(async (tx) => {
    const wf = await lockFor(tx, req);
    if (wf.state === S.PROCESSING) return (await requestStop(tx, wf, S.SUSPENDED, req.reason, req.actor)) ?? refuse(wf, S.SUSPENDED);
    if (![S.QUEUED, S.WAITING, S.QUOTA_EXCEEDED, S.RETRYING].includes(wf.state as never)) refuse(wf, S.SUSPENDED);
    const suspended = await stopNow(tx, deps, wf, req.actor, req.reason, S.SUSPENDED);
    await tx.execute('update workflows set suspend_reason = ? where id = ?', [req.reason, wf.id]);
    return { ...suspended, suspend_reason: req.reason };
  });
}

/**
 * Resumes a SUSPENDED workflow (its current stage runs again from its last checkpoint, with a
 * corrected input when given), or brings a RETRYING or QUOTA_EXCEEDED one back now.
 */
export function resumeWorkflow(em: EntityManager, deps: EngineDeps, req: ControlRequest & { input?: unknown }): Promise<WorkflowRow> {
  return em.transactional(async (tx) => {
    const wf = await lockFor(tx, req);
    if (![S.SUSPENDED, S.QUOTA_EXCEEDED, S.RETRYING].includes(wf.state as never)) refuse(wf, S.QUEUED);
    return requeueCurrentStage(tx, deps, wf, {
      actor: req.actor,
      reason: `resumed: ${req.reason || 'by request'}`,
      ...(req.input === undefined ? {} : { input: req.input }),
      resetAttempts: wf.state === S.SUSPENDED,
    });
  });
}

/** Runs a FAILED, SUSPENDED or PARTIALLY_PROCESSED workflow again from its current stage (or `fromStage`), with fresh attempts. */
export function retryWorkflow(em: EntityManager, deps: EngineDeps, req: ControlRequest & { fromStage: string }): Promise<WorkflowRow> {
  return em.transactional(async (tx) => {
    const wf = await lockFor(tx, req);
    if (![S.FAILED, S.SUSPENDED, S.PARTIALLY_PROCESSED].includes(wf.state as never)) refuse(wf, S.QUEUED);
    let stageIndex = wf.stage_index;
    if (req.fromStage !== '') {
      stageIndex = (await stagesOf(tx, deps, wf)).findIndex((s) => s.name === req.fromStage);
      if (stageIndex < 0) throw SluiceError.invalidArgument(`workflow ${wf.id} has no stage ${req.fromStage}`, { field: 'from_stage' });
    }
    const stages = await stagesOf(tx, deps, wf);
    await tx.execute('update workflows set incomplete = false where id = ?', [wf.id]);
    return requeueCurrentStage(tx, deps, { ...wf, incomplete: false }, {
      actor: req.actor,
      reason: `retried: ${req.reason || 'by request'}`,
      stageIndex,
      stage: stages[stageIndex]!.name,
      retryCountDelta: 1,
      resetAttempts: true,
    });
  });
}
