import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError, ErrorCode } from '@sluice/errors';
import { WorkflowState } from '../domain/states.ts';
import { isTerminal } from '../domain/transitions.ts';
import { lockTenantWorkflow, lockWorkflow } from '../store/find-workflow.ts';
import { insertSignal } from '../store/signals.ts';
import { queryOne } from '../store/sql.ts';
import type { AttemptRow, WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { requeueCurrentStage } from './resume-stage.ts';
import { transition } from './transition.ts';

/**
 * A stage asks to wait for a signal: its attempt ends (fenced) and the workflow goes WAITING
 * until SignalWorkflow brings that signal, or FAILS at the deadline (the scheduler). A signal
 * that already arrived does not wait: the stage is queued again at once.
 */
export async function waitForSignal(em: EntityManager, deps: EngineDeps, req: { attemptId: string; fence: string; signal: string; timeoutMs: number; partial: unknown }): Promise<WorkflowRow> {
  return em.transactional(async (tx) => {
    const attempt = await queryOne<AttemptRow>(
      tx,
      `update stage_attempts set state = 'WAITING', partial = coalesce(?::jsonb, partial), finished_at = now(), lease_expires_at = null
       where id = ? and fence = ?::bigint and state = 'RUNNING' returning *`,
      [req.partial === undefined ? null : JSON.stringify(req.partial), req.attemptId, req.fence],
    );
    if (attempt === null) throw SluiceError.leaseLost(req.attemptId, req.fence);
    const wf = (await lockWorkflow(tx, attempt.workflow_id))!;
    const actor = `worker:${attempt.lease_owner ?? 'unknown'}`;
    const waiting = await transition(tx, deps.emitter, wf, {
      to: WorkflowState.WAITING,
      waitSignal: req.signal,
      nextAttemptAt: req.timeoutMs > 0 ? new Date(Date.now() + req.timeoutMs) : null,
      ...(attempt.partial === null || attempt.partial === undefined ? {} : { partial: attempt.partial }),
      actor,
      reason: `stage ${attempt.stage} waits for signal ${req.signal}`,
      metadata: { attempt_id: attempt.id, signal: req.signal, timeout_ms: req.timeoutMs },
    });
    const arrived = await queryOne<{ id: string }>(tx, 'select id from workflow_signals where workflow_id = ? and name = ? limit 1', [wf.id, req.signal]);
    return arrived === null ? waiting : wake(tx, deps, waiting, req.signal, actor);
  });
}

/**
 * Delivers a signal to a workflow: stored (once per idempotency key), and a workflow WAITING
 * for it runs its stage again. Signals to a finished workflow are refused.
 */
export async function signalWorkflow(em: EntityManager, deps: EngineDeps, req: { tenantId: string; id: string; name: string; payload: unknown; idempotencyKey: string | null; actor: string }): Promise<WorkflowRow> {
  return em.transactional(async (tx) => {
    const wf = await lockTenantWorkflow(tx, req.tenantId, req.id);
    if (wf === null) throw SluiceError.notFound('workflow', req.id);
    if (isTerminal(wf.state)) {
      throw new SluiceError(ErrorCode.INVALID_TRANSITION, `workflow ${wf.id} is ${wf.state} and takes no signals`, { details: { workflowId: wf.id, state: wf.state, signal: req.name } });
    }
    const stored = await insertSignal(tx, { workflowId: wf.id, name: req.name, payload: req.payload, idempotencyKey: req.idempotencyKey, actor: req.actor });
    if (!stored || wf.state !== WorkflowState.WAITING || wf.wait_signal !== req.name) return wf;
    return wake(tx, deps, wf, req.name, req.actor);
  });
}

function wake(tx: EntityManager, deps: EngineDeps, wf: WorkflowRow, signal: string, actor: string): Promise<WorkflowRow> {
  return requeueCurrentStage(tx, deps, { ...wf, wait_signal: null }, { actor, reason: `signal ${signal} received` });
}
