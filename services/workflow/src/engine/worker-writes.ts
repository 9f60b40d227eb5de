import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError } from '@sluice/errors';
import { extendLeases, releaseAttempt, saveProgress, savePartial, type HeartbeatResult } from '../store/attempt-writes.ts';
import { lockWorkflow } from '../store/find-workflow.ts';
import type { AttemptRow, WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { requeueCurrentStage } from './resume-stage.ts';
import { stopNow } from './stop.ts';

/** Progress 0-100 and a message, on the attempt and mirrored on the workflow for status reads. */
export async function reportProgress(em: EntityManager, attemptId: string, fence: string, percent: number, message: string): Promise<AttemptRow> {
  if (!(percent >= 0 && percent <= 100)) throw SluiceError.invalidArgument(`percent ${percent} must be between 0 and 100`, { field: 'percent' });
  return em.transactional(async (tx) => {
    const attempt = await saveProgress(tx, attemptId, fence, percent, message);
    if (attempt === null) throw SluiceError.leaseLost(attemptId, fence);
    await tx.execute('update workflows set progress = ?, progress_message = ?, updated_at = now() where id = ?', [Math.round(percent), message === '' ? null : message, attempt.workflow_id]);
    return attempt;
  });
}

/** A checkpoint that survives this attempt: a retry or a quota resume starts from it. */
export async function saveCheckpoint(em: EntityManager, attemptId: string, fence: string, partial: unknown): Promise<AttemptRow> {
  return em.transactional(async (tx) => {
    const attempt = await savePartial(tx, attemptId, fence, partial);
    if (attempt === null) throw SluiceError.leaseLost(attemptId, fence);
    await tx.execute('update workflows set partial = ?::jsonb where id = ?', [JSON.stringify(partial), attempt.workflow_id]);
    return attempt;
  });
}

/**
 * A worker gives a lease back (shutting down, or told to stop): the attempt is RELEASED and the
 * stage queued again at once, without counting as a failure. A workflow being cancelled goes
 * to CANCELLED instead.
 */
export async function releaseStage(em: EntityManager, deps: EngineDeps, attemptId: string, fence: string, reason: string): Promise<WorkflowRow> {
  return em.transactional(async (tx) => {
    const attempt = await releaseAttempt(tx, attemptId, fence, reason || 'released by the worker');
    if (attempt === null) throw SluiceError.leaseLost(attemptId, fence);
    const wf = (await lockWorkflow(tx, attempt.workflow_id))!;
    const actor = `worker:${attempt.lease_owner ?? 'unknown'}`;
    if (wf.stop_requested !== null) return stopNow(tx, deps, wf, actor, `its worker let go: ${reason || 'released'}`);
    return requeueCurrentStage(tx, deps, wf, { actor, reason: `stage ${attempt.stage} released: ${reason || 'released by the worker'}` });
  });
}

/** Extends each lease whose fence still holds; reports the others as lost. */
export async function heartbeat(em: EntityManager, leases: ReadonlyArray<{ attemptId: string; fence: string }>, ttlMs: number): Promise<Array<{ attemptId: string; held: boolean; leaseExpiresAt: string | null; cancelRequested: boolean }>> {
  const extended: HeartbeatResult[] = await extendLeases(em, leases.map((l) => ({ ...l, ttlMs })));
  const byId = new Map(extended.map((r) => [r.id, r]));
  return leases.map((l) => {
    const hit = byId.get(l.attemptId);
    return { attemptId: l.attemptId, held: hit !== undefined, leaseExpiresAt: hit?.lease_expires_at ?? null, cancelRequested: hit?.cancel_requested ?? false };
  });
}
