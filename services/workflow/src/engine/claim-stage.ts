import { context } from '@opentelemetry/api';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '@sluice/messaging';
import { traceCarrier } from '@sluice/telemetry';
import { SluiceError, ErrorCode } from '@sluice/errors';
import { WorkflowState } from '../domain/states.ts';
import { claimAttempts, findAttempt } from '../store/claim-attempt.ts';
import { lockWorkflow } from '../store/find-workflow.ts';
import { anyQueued, hasLimit, limitsOf, lockQueuedAttempts } from '../store/next-queued-attempt.ts';
import { signalsOfMany } from '../store/signals.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { stageSpecOf } from './definition-of.ts';
import { transitionMany } from './transition.ts';
import { claimQueuedAttempts, type ClaimedAttempt, type ClaimedWorkflow } from '../store/claim-queued.ts';
import { assertTransition, TRANSITIONS } from '../domain/transitions.ts';

assertTransition('(claim)', WorkflowState.QUEUED, WorkflowState.PROCESSING);
/** The audit reason of QUEUED → PROCESSING, for every path that leases an attempt (claim, completion, creation). */
export const CLAIM_REASON = TRANSITIONS[WorkflowState.QUEUED][WorkflowState.PROCESSING]!;

/** The lease and timeout an attempt of `spec` gets: the worker's requested TTL, else the stage's own. */
export const leaseOf = (spec: { readonly leaseTtlMs: number; readonly timeoutMs: number }, requestedTtlMs: number) => ({
  ttlMs: requestedTtlMs > 0 ? requestedTtlMs : spec.leaseTtlMs,
  timeoutMs: spec.timeoutMs,
});

export interface Claim {
  readonly attempt: ClaimedAttempt;
  readonly workflow: ClaimedWorkflow;
  /** Every signal the workflow has received, { name: payload } (latest per name). */
  readonly signals: Record<string, unknown>;
}

export interface Claims {
  readonly claims: Claim[];
  /** Fewer than asked for because a concurrency limit holds queued attempts back. */
  readonly heldBack: boolean;
}

interface Pick {
  readonly attemptId: string;
  readonly stageIndex: number;
  readonly wf: WorkflowRow;
  readonly signals: Record<string, unknown>;
}

/**
 * A worker takes one named queued attempt under a lease. A task delivered twice is claimed
 * once: the second claim finds the attempt no longer QUEUED.
 */
export async function claimStage(em: EntityManager, deps: EngineDeps, attemptId: string, workerId: string, requestedTtlMs: number): Promise<Claim> {
  return em.transactional(async (tx) => {
    const queued = await findAttempt(tx, attemptId);
    if (queued === null) throw SluiceError.notFound('stage attempt', attemptId);
    const wf = await lockWorkflow(tx, queued.workflow_id);
    if (queued.state !== 'QUEUED' || wf === null || wf.state !== WorkflowState.QUEUED) {
      throw new SluiceError(ErrorCode.INVALID_TRANSITION, `stage attempt ${queued.id} is ${queued.state}, not QUEUED`, {
        details: { attemptId: queued.id, state: queued.state, workflowState: wf?.state ?? null },
      });
    }
    const signals = (await signalsOfMany(tx, [wf.id])).get(wf.id) ?? {};
    const [claim] = await leaseAll(tx, deps, [{ attemptId, stageIndex: queued.stage_index, wf, signals }], workerId, requestedTtlMs);
    if (claim === undefined) throw new SluiceError(ErrorCode.INVALID_TRANSITION, `stage attempt ${queued.id} was claimed by another worker`, { details: { attemptId: queued.id } });
    return claim;
  });
}

/**
 * A worker takes up to `max` of the best queued attempts of (type, stage): the highest priority
 * first, then the oldest, within the stage's, the type's and the tenant's concurrency limits;
 * in one statement when none is set, else in a transaction that counts running attempts first. Each gets its own lease and fencing token, audit row and event. With
 * fewer than `max`, `heldBack` says whether queued attempts were left (held back by a limit,
 * or their workflow busy with a command).
 */
export async function claimNext(em: EntityManager, deps: EngineDeps, type: string, stage: string, workerId: string, requestedTtlMs: number, max = 1): Promise<Claims> {
  const definition = await deps.definitions.latest(em, type);
  if (definition === null) throw SluiceError.notFound('workflow type', type);
  // Resolved once per definition version (cached), not on every claim.
  const spec = (await deps.definitions.stages(em, deps, type, definition.version)).find((s) => s.name === stage);
  if (spec === undefined) throw SluiceError.notFound('stage', `${type}.${stage}`);
  const limits = limitsOf(definition, spec);
  if (!hasLimit(limits)) return claimUnlimited(em, deps, type, stage, workerId, requestedTtlMs, max);
  return em.transactional(async (tx) => {
    const picks = await lockQueuedAttempts(tx, type, stage, max, limits);
    const claims = await leaseAll(
      tx,
      deps,
      picks.map(({ attempt_id, attempt_stage_index, attempt_signals, ...wf }) => ({ attemptId: attempt_id, stageIndex: attempt_stage_index, wf, signals: attempt_signals })),
      workerId,
      requestedTtlMs,
    );
    // Fewer than asked for while attempts stay queued (a limit, or a workflow another
    // transaction holds): the callers left over must ask again later, not drop their tasks.
    return { claims, heldBack: claims.length < max && (await anyQueued(tx, type, stage)) };
  });
}

/** claimNext without concurrency limits to count: one statement, its events published once it returns. */
async function claimUnlimited(em: EntityManager, deps: EngineDeps, type: string, stage: string, workerId: string, requestedTtlMs: number, max: number): Promise<Claims> {
  const outboxId = uuidv7();
  const rows = await claimQueuedAttempts(deps.statements, {
    type,
    stage,
    max,
    owner: workerId,
    requestedTtlMs,
    defaultTtlMs: deps.defaults.leaseTtlMs,
    defaultTimeoutMs: deps.defaults.stageTimeoutMs,
    prefix: deps.emitter.prefix,
    reason: CLAIM_REASON,
    outboxId,
    trace: traceCarrier(context.active()),
  });
  if (rows.length > 0) deps.publishCommitted({ rowId: outboxId, entries: rows.map((r) => r.event) });
  const claims = rows.map(({ attempt, workflow, signals }) => ({ attempt, workflow, signals }));
  return { claims, heldBack: claims.length < max && (await anyQueued(em, type, stage)) };
}

/** Leases the picked attempts and moves their workflows to PROCESSING, a handful of statements for any number. */
async function leaseAll(tx: EntityManager, deps: EngineDeps, picks: readonly Pick[], workerId: string, requestedTtlMs: number): Promise<Claim[]> {
  const leases = [];
  for (const p of picks) {
    const spec = await stageSpecOf(tx, deps, p.wf, p.stageIndex);
    leases.push({ id: p.attemptId, ...leaseOf(spec, requestedTtlMs) });
  }
  const attempts = await claimAttempts(tx, workerId, leases);
  const byWorkflow = new Map(picks.map((p) => [p.wf.id, p]));
  const workflows = await transitionMany(
    tx,
    deps.emitter,
    attempts.map((a) => ({
      wf: byWorkflow.get(a.workflow_id)!.wf,
      input: { to: WorkflowState.PROCESSING, actor: `worker:${workerId}`, metadata: { attempt_id: a.id, attempt: a.attempt, fence: a.fence } },
    })),
  );
  return attempts.map((attempt, i) => ({ attempt, workflow: workflows[i]!, signals: byWorkflow.get(attempt.workflow_id)!.signals }));
}
