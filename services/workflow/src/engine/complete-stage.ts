import { context } from '@opentelemetry/api';
import type { EntityManager } from '@mikro-orm/postgresql';
import { traceCarrier } from '@sluice/telemetry';
import { ErrorCode, SluiceError } from '@sluice/errors';
import { uuidv7, writeOutbox, type OutboxEntry } from '@sluice/messaging';
import { WorkflowState } from '../domain/states.ts';
import { completeAttempts } from '../store/complete-attempt.ts';
import { lockWorkflows } from '../store/find-workflow.ts';
import type { WorkflowRow, WorkflowView } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { stagesOf } from './definition-of.ts';
import { enqueueStages, type StageToQueue } from './enqueue-stage.ts';
import { transitionMany, type Change } from './transition.ts';
import { stopNow } from './stop.ts';
import { completeRunningAttempts, type NextClaim } from '../store/complete-running.ts';
import { assertTransition, TRANSITIONS } from '../domain/transitions.ts';
import { CLAIM_REASON } from './claim-stage.ts';

// The edges completeRunningAttempts takes inside its statement.
for (const to of [WorkflowState.QUEUED, WorkflowState.COMPLETED, WorkflowState.PARTIALLY_PROCESSED]) assertTransition('(completion)', WorkflowState.PROCESSING, to);

export interface Completion {
  readonly attemptId: string;
  readonly fence: string;
  readonly output: unknown;
  /** The stage finished with some items not done: the workflow ends PARTIALLY_PROCESSED. */
  readonly partial?: boolean;
  /** The stage the completing worker can start at once: leased to it here when it is next and nothing outranks it. */
  readonly claimNext?: string;
}

/** A completion's outcome: the workflow, and the next stage when it was leased to the same worker. */
export interface Completed {
  readonly workflow: WorkflowView;
  readonly next: NextClaim | null;
}

/**
 * Commits a stage's output under the caller's fencing token. The output becomes the next
 * stage's input (its task is queued in the same transaction), or the workflow's output when it
 * was the last stage. A stale token changes nothing and throws LEASE_LOST.
 * `partial` marks a stage that finished with some items not done: the workflow then ends
 * PARTIALLY_PROCESSED instead of COMPLETED.
 */
export async function completeStage(em: EntityManager, deps: EngineDeps, attemptId: string, fence: string, output: unknown, partial = false): Promise<WorkflowView> {
  const [result] = await completeStages(em, deps, [{ attemptId, fence, output, partial }]);
  if (result instanceof Error) throw result;
  return result!.workflow;
}

/**
 * `completeStage` for many attempts. The plain ones (the lease held, the workflow running that
 * stage, nobody asking it to stop) commit in one statement (completeRunningAttempts); the rest
 * go through one transaction and a fixed number of statements (the fenced updates, the
 * workflow locks, then per outcome one batch of transitions, audit rows, events and next
 * attempts). Each item gets its own result: the workflow, or the error its single call would
 * have thrown (LEASE_LOST); a refused item writes nothing. An item that names the next stage
 * in `claimNext` may get it leased to the same worker (`next`, with `leaseTtlMs`, 0 = the
 * stage's own), in the plain case only: the general one queues the next stage as usual.
 */
export async function completeStages(em: EntityManager, deps: EngineDeps, items: readonly Completion[], leaseTtlMs = 0): Promise<Array<Completed | SluiceError>> {
  const results: Array<Completed | SluiceError | undefined> = new Array(items.length);
  const seen = new Set<string>();
  const unique: number[] = [];
  items.forEach((item, i) => {
    if (!seen.has(item.attemptId)) {
      seen.add(item.attemptId);
      unique.push(i);
    } else {
      results[i] = new SluiceError(ErrorCode.INVALID_ARGUMENT, `attempt ${item.attemptId} appears twice in one batch`, { details: { field: `items[${i}].attempt_id` } });
    }
  });
  const outboxId = uuidv7();
  const done = await completeRunningAttempts(deps.statements, {
    items: unique.map((i) => {
      const item = items[i]!;
      return { attemptId: item.attemptId, fence: item.fence, output: item.output, partial: item.partial === true, claimNext: item.claimNext || null };
    }),
    prefix: deps.emitter.prefix,
    trace: traceCarrier(context.active()),
    completedReason: TRANSITIONS[WorkflowState.PROCESSING][WorkflowState.COMPLETED]!,
    partialReason: TRANSITIONS[WorkflowState.PROCESSING][WorkflowState.PARTIALLY_PROCESSED]!,
    claimReason: CLAIM_REASON,
    requestedTtlMs: leaseTtlMs,
    defaultTtlMs: deps.defaults.leaseTtlMs,
    defaultTimeoutMs: deps.defaults.stageTimeoutMs,
    outboxId,
  });
  if (done.length > 0) deps.publishCommitted({ rowId: outboxId, entries: done.flatMap((row) => row.events) });
  for (const row of done) results[unique[row.n]!] = { workflow: row.workflow, next: row.next };
  const rest = unique.filter((i) => results[i] === undefined);
  if (rest.length > 0) {
    const outcomes = await completeInTransaction(em, deps, rest.map((i) => items[i]!));
    rest.forEach((i, k) => {
      const outcome = outcomes[k]!;
      results[i] = outcome instanceof SluiceError ? outcome : { workflow: outcome, next: null };
    });
  }
  return results as Array<Completed | SluiceError>;
}

/** The general case of completeStages, for distinct attempts: one transaction. */
async function completeInTransaction(em: EntityManager, deps: EngineDeps, items: readonly Completion[]): Promise<Array<WorkflowRow | SluiceError>> {
  return em.transactional(async (tx) => {
    const results: Array<WorkflowRow | SluiceError | undefined> = new Array(items.length);
    const done = await completeAttempts(tx, items);
    const workflows = await lockWorkflows(tx, [...done.values()].map((a) => a.workflow_id));
    const events: OutboxEntry[] = [];
    const finishing: Array<{ index: number; change: Change }> = [];
    const queueing: Array<{ index: number; wf: WorkflowRow; next: StageToQueue }> = [];
    const cancelled: Array<{ index: number; wf: WorkflowRow; actor: string }> = [];
    for (const [index, item] of items.entries()) {
      const attempt = done.get(item.attemptId);
      if (attempt === undefined) {
        results[index] = SluiceError.leaseLost(item.attemptId, item.fence);
        continue;
      }
      const wf = workflows.get(attempt.workflow_id)!;
      const actor = `worker:${attempt.lease_owner ?? 'unknown'}`;
      if (wf.stop_requested === WorkflowState.CANCELLED) {
        // The result came in after a person cancelled: the run stops here, the output is dropped.
        cancelled.push({ index, wf, actor });
        continue;
      }
      const stages = await stagesOf(tx, deps, wf);
      const next = stages[attempt.stage_index + 1];
      const partial = item.partial === true;
      events.push(deps.emitter.stageCompleted(wf, attempt, next?.name ?? null));
      if (next === undefined) {
        finishing.push({
          index,
          change: {
            wf,
            input: {
              to: partial || wf.incomplete ? WorkflowState.PARTIALLY_PROCESSED : WorkflowState.COMPLETED,
              output: item.output,
              finished: true,
              progress: { percent: 100, message: null },
              actor,
              metadata: { attempt_id: attempt.id, partial },
              ...(wf.stop_requested === null ? {} : { stopRequested: null }),
            },
          },
        });
      } else {
        queueing.push({
          index,
          wf,
          next: { stageIndex: attempt.stage_index + 1, stage: next.name, attempt: 1, input: item.output, actor, reason: `stage ${attempt.stage} completed, ${next.name} queued`, incomplete: partial },
        });
      }
    }
    await writeOutbox(tx, events);
    const finished = await transitionMany(tx, deps.emitter, finishing.map((f) => f.change));
    finishing.forEach((f, i) => (results[f.index] = finished[i]!));
    const queued = await enqueueStages(tx, deps, queueing);
    for (const [i, q] of queueing.entries()) {
      // Suspended while this stage ran: its result stands, and the run waits before the next stage.
      results[q.index] = q.wf.stop_requested === WorkflowState.SUSPENDED ? await stopNow(tx, deps, queued[i]!, q.next.actor, 'requested while the previous stage ran') : queued[i]!;
    }
    for (const c of cancelled) results[c.index] = await stopNow(tx, deps, c.wf, c.actor, 'the stage finished after the cancel request');
    return results as Array<WorkflowRow | SluiceError>;
  });
}
