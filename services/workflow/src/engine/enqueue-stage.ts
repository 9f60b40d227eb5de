import { context, type Context } from '@opentelemetry/api';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7, writeOutbox } from '@sluice/messaging';
import { WorkflowState } from '../domain/states.ts';
import { insertAttempts } from '../store/insert-attempt.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { transitionMany } from './transition.ts';

export interface StageToQueue {
  readonly stageIndex: number;
  readonly stage: string;
  /** 1 for the first attempt of the stage. */
  readonly attempt: number;
  readonly input: unknown;
  readonly partial?: unknown;
  readonly actor: string;
  readonly reason?: string;
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly retryCountDelta?: number;
  /** The stage before finished with some items not done. */
  readonly incomplete?: boolean;
  /** A person's retry or resume: earlier failures stop counting against the retry policy. */
  readonly resetAttempts?: boolean;
  /** The trace the transition's event and the task continue; default the active one. */
  readonly ctx?: Context;
}

/**
 * Puts a stage attempt on the work queue: a new attempt row, the workflow to QUEUED (audit row,
 * event) and the task, all in the caller's transaction. Every way a stage (re)starts goes
 * through here: creation, the next stage, a retry, a quota resume, an expired lease, a release.
 */
export async function enqueueStage(em: EntityManager, deps: EngineDeps, wf: WorkflowRow, next: StageToQueue): Promise<WorkflowRow> {
  return (await enqueueStages(em, deps, [{ wf, next }]))[0]!;
}

/** `enqueueStage` for many workflows (distinct ids) in a fixed number of statements. */
export async function enqueueStages(em: EntityManager, deps: EngineDeps, items: ReadonlyArray<{ wf: WorkflowRow; next: StageToQueue }>): Promise<WorkflowRow[]> {
  if (items.length === 0) return [];
  const attempts = await insertAttempts(
    em,
    items.map(({ wf, next }) => ({
      id: uuidv7(),
      workflowId: wf.id,
      tenantId: wf.tenant_id,
      workflowType: wf.type,
      definitionVersion: wf.definition_version,
      workflowPriority: wf.priority,
      stage: next.stage,
      stageIndex: next.stageIndex,
      attempt: next.attempt,
      input: next.input,
      partial: next.partial,
    })),
  );
  const queued = await transitionMany(
    em,
    deps.emitter,
    items.map(({ wf, next }, i) => ({
      wf,
      ...(next.ctx === undefined ? {} : { ctx: next.ctx }),
      input: {
        to: WorkflowState.QUEUED,
        currentStage: next.stage,
        stageIndex: next.stageIndex,
        stageAttempt: next.attempt,
        nextAttemptAt: null,
        ...(wf.wait_signal !== null || wf.state === 'WAITING' ? { waitSignal: null } : {}),
        actor: next.actor,
        ...(next.reason === undefined ? {} : { reason: next.reason }),
        metadata: { attempt_id: attempts[i]!.id, attempt: next.attempt, ...next.metadata },
        ...(next.retryCountDelta === undefined ? {} : { retryCountDelta: next.retryCountDelta }),
        ...(next.incomplete === true ? { incomplete: true } : {}),
        ...(next.resetAttempts === true ? { resetAttempts: true } : {}),
      },
    })),
  );
  await writeOutbox(
    em,
    queued.map((wf, i) => context.with(items[i]!.next.ctx ?? context.active(), () => deps.emitter.stageTask(wf, attempts[i]!))),
  );
  return queued;
}
