import { context, trace, SpanStatusCode, type Context } from '@opentelemetry/api';
import { ErrorCode, isSluiceError } from '@sluice/errors';
import type { GrpcClient } from '@sluice/grpc';
import type { ClaimStageResponse__Output, ErrorCategory as ProtoErrorCategory, StageTask, WorkflowServiceClient } from '@sluice/contracts';
import type { Logger } from '@sluice/logging';
import type { StageDefinition, StageContext } from './define.ts';
import { classify, WaitForSignal } from './errors.ts';
import { AbortReason, type LeaseKeeper } from './lease-keeper.ts';
import type { ClaimBatcher, CompletionBatcher } from './batch-calls.ts';
import type { StageSlots } from './stage-slots.ts';
import { QuotaCalls } from './quota/quota-calls.ts';
import type { QuotaRpc } from './quota/quota-rpc.ts';
import { AttemptQuota } from './quota/stage-quota.ts';

export interface RunTaskDeps {
  readonly client: GrpcClient<WorkflowServiceClient>;
  readonly workerId: string;
  /** 0 = each stage's own lease TTL. */
  readonly leaseTtlMs: number;
  readonly log: Logger;
  readonly leases: LeaseKeeper;
  /** Aborted when the worker shuts down past its grace period; each attempt's signal follows it. */
  readonly stopping: AbortSignal;
  readonly claims: ClaimBatcher;
  readonly completions: CompletionBatcher;
  /** The stage after `stage` of `workflowType` when this worker runs it too, with its slots. */
  readonly nextStage: (workflowType: string, stage: string) => LocalStage | undefined;
  /** Runs an attempt leased outside a task (startLeased); false once the worker is shutting down. */
  readonly startNext: (run: () => Promise<void>) => boolean;
  /** The quota service, when the worker has a quotaAddress. */
  readonly quota: QuotaRpc | undefined;
}

/** A stage this worker runs, and its slots (StageSlots). */
export interface LocalStage {
  readonly definition: StageDefinition<never, unknown>;
  readonly slots: StageSlots;
}

const tracer = () => trace.getTracer('sluice-worker');

/**
 * One task: claim the attempt (lease + fence), run the stage handler with heartbeats, then
 * complete, fail (with the error's category) or release under the fence. A task whose attempt
 * is no longer QUEUED (a redelivery, or another worker won) is dropped: the claim is the
 * de-duplication point, not the queue.
 */
export async function runTask(deps: RunTaskDeps, workflowType: string, stage: StageDefinition<never, unknown>, task: StageTask, parent: Context): Promise<void> {
  return context.with(parent, async () => {
    if (typeof task.attempt_id !== 'string' || task.attempt_id === '') {
      // Redelivering a task without an attempt would fail the same way every time.
      deps.log.error({ task }, 'task dropped: it names no attempt_id');
      return;
    }
    // The task is a wake-up: claim the best queued attempt of its stage (priority first,
    // within the concurrency limits), which may be another than the one the task names. The
    // claims of one pull go to the server together (ClaimBatcher).
    // RESOURCE_EXHAUSTED (a concurrency limit) and transport failures throw: the task comes back later.
    const claim = await deps.claims.claim(workflowType, stage.name);
    if (claim === null) {
      deps.log.debug({ attempt_id: task.attempt_id }, 'task dropped: nothing to claim');
      return;
    }
    await runClaimed(deps, stage, claim);
  });
}

async function runClaimed(deps: RunTaskDeps, stage: StageDefinition<never, unknown>, claim: ClaimStageResponse__Output): Promise<void> {
  const log = deps.log.child({ workflow_id: claim.workflow_id, stage: claim.stage, attempt_id: claim.attempt_id, attempt: claim.attempt, fence: claim.fence });
  const abort = new AbortController();
  const onStop = () => abort.abort(AbortReason.SHUTDOWN);
  deps.stopping.addEventListener('abort', onStop, { once: true });
  deps.leases.hold(claim.attempt_id, claim.fence, abort);
  // The server fails an attempt past its stage's timeout anyway; stopping the handler here
  // too spares the work it would do for nothing.
  const timeout = claim.timeout_ms > 0 ? setTimeout(() => abort.abort(AbortReason.TIMEOUT), claim.timeout_ms) : undefined;
  const lease = { attempt_id: claim.attempt_id, fence: claim.fence };
  let incomplete = false;
  const signals = Object.freeze(JSON.parse(claim.signals_json || '{}') as Record<string, unknown>);
  const span = tracer().startSpan(`stage ${claim.workflow_type}.${claim.stage}`, {
    attributes: { 'sluice.workflow_id': claim.workflow_id, 'sluice.stage': claim.stage, 'sluice.attempt': claim.attempt, 'sluice.fence': claim.fence },
  });
  const quota = new AttemptQuota(
    deps.quota === undefined
      ? undefined
      : new QuotaCalls(deps.quota, { tenantId: claim.tenant_id, workflowType: claim.workflow_type, workflowId: claim.workflow_id, stage: claim.stage, attemptId: claim.attempt_id, signal: abort.signal }),
    log,
    `${claim.workflow_type}.${claim.stage}`,
  );
  try {
    await context.with(trace.setSpan(context.active(), span), async () => {
      const ctx: StageContext = {
        fence: claim.fence,
        signal: abort.signal,
        attempt: claim.attempt,
        workflowId: claim.workflow_id,
        tenantId: claim.tenant_id,
        stage: claim.stage,
        log,
        partial: claim.partial_json === '' ? null : JSON.parse(claim.partial_json),
        progress: async (percent, message = '') => {
          await deps.client.call('ReportProgress', { ...lease, percent, message });
        },
        savePartial: async (partial) => {
          await deps.client.call('SavePartial', { ...lease, partial_json: JSON.stringify(partial ?? null) });
        },
        markIncomplete: () => {
          incomplete = true;
        },
        signals,
        waitForSignal: async <T>(name: string, timeoutMs = 0): Promise<T> => {
          if (Object.hasOwn(signals, name)) return signals[name] as T;
          throw new WaitForSignal(name, timeoutMs);
        },
        quota,
      };
      log.info('stage started');
      let output: unknown;
      try {
        const input = (claim.input_json === '' ? null : JSON.parse(claim.input_json)) as never;
        // The declared quota first: refused, late or unreachable, this throws RateLimitedError
        // and the handler never runs (settleFailure parks the workflow until its retry time).
        if (stage.quota !== undefined) await quota.acquireDeclared(stage.quota, input, claim.timeout_ms, claim.attempt_id);
        try {
          output = await stage.handler(input, ctx);
        } finally {
          await quota.settleDeclared();
        }
      } catch (err) {
        if (err instanceof WaitForSignal && !abort.signal.aborted) {
          await deps.client.call('WaitForSignal', { ...lease, signal: err.signal, timeout_ms: err.timeoutMs });
          log.info({ signal: err.signal }, 'stage waits for a signal');
          return;
        }
        await settleFailure(deps, log, abort.signal, lease, err);
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
        return;
      }
      if (abort.signal.aborted) return settleAborted(deps, log, abort.signal, lease);
      await complete(deps, claim, { ...lease, output_json: JSON.stringify(output ?? null), incomplete });
      log.info({ incomplete }, 'stage completed');
    });
  } catch (err) {
    // A refused completion (LEASE_LOST: another worker owns the stage now) changes nothing.
    span.recordException(err as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
    log.warn({ err }, isSluiceError(err) && err.code === ErrorCode.LEASE_LOST ? 'result dropped: the lease was lost' : 'stage could not be settled');
  } finally {
    clearTimeout(timeout);
    span.end();
    deps.leases.drop(claim.attempt_id);
    deps.stopping.removeEventListener('abort', onStop);
  }
}

/**
 * Commits the stage's output. When this worker runs the next stage too and has a slot free for
 * it, the completion asks for it (claim_next): the server then leases it to this worker in the
 * same transaction, with no task and no claim call, and it starts here at once in that slot.
 */
async function complete(deps: RunTaskDeps, claim: ClaimStageResponse__Output, item: { attempt_id: string; fence: string; output_json: string; incomplete: boolean }): Promise<void> {
  const next = deps.nextStage(claim.workflow_type, claim.stage);
  const slot = next !== undefined && next.slots.tryTake();
  let leased: ClaimStageResponse__Output | null = null;
  try {
    leased = await deps.completions.complete({ ...item, claim_next: slot ? next.definition.name : '' });
  } finally {
    if (slot && leased === null) next.slots.give();
  }
  if (slot && leased !== null) await startLeased(deps, next, leased);
}

/**
 * Starts an attempt leased to this worker outside a task (a next stage handed back, a waiting
 * claim answered) in the slot of `local` the caller took, which it frees when it ends. Once the
 * worker is shutting down the lease goes back at once (ReleaseStage) rather than when it expires.
 */
export async function startLeased(deps: RunTaskDeps, local: LocalStage, claim: ClaimStageResponse__Output): Promise<void> {
  if (deps.startNext(() => runClaimed(deps, local.definition, claim).finally(() => local.slots.give()))) return;
  local.slots.give();
  await releaseLeased(deps, claim);
}

/** Hands a lease this worker will not run back at once (shutdown), rather than when it expires. */
export async function releaseLeased(deps: RunTaskDeps, claim: ClaimStageResponse__Output): Promise<void> {
  await deps.client.call('ReleaseStage', { attempt_id: claim.attempt_id, fence: claim.fence, reason: AbortReason.SHUTDOWN }).catch((err: unknown) => {
    deps.log.warn({ err, attempt_id: claim.attempt_id }, 'stage not handed back on shutdown: it runs again once its lease expires');
  });
}

/** Reports a thrown error with its category, unless the lease is gone (then nothing may be written). */
async function settleFailure(deps: RunTaskDeps, log: Logger, signal: AbortSignal, lease: { attempt_id: string; fence: string }, err: unknown): Promise<void> {
  if (signal.aborted) return settleAborted(deps, log, signal, lease);
  const failure = classify(err);
  log.warn({ err, category: failure.category, code: failure.code }, 'stage failed');
  await deps.client.call('FailStage', {
    ...lease,
    category: `ERROR_CATEGORY_${failure.category.toUpperCase()}` as ProtoErrorCategory,
    code: failure.code,
    message: failure.message,
    details_json: JSON.stringify(failure.details),
    retry_at: failure.retryAt?.toISOString() ?? '',
  });
}

/** The stage was stopped: a lost lease writes nothing; a cancel or a shutdown hands the lease back. */
async function settleAborted(deps: RunTaskDeps, log: Logger, signal: AbortSignal, lease: { attempt_id: string; fence: string }): Promise<void> {
  const reason = String(signal.reason);
  if (reason === AbortReason.LEASE_LOST) {
    log.warn('stage stopped: the lease was lost; nothing is written');
    return;
  }
  if (reason === AbortReason.TIMEOUT) {
    log.warn('stage stopped: it ran past its timeout');
    await deps.client.call('FailStage', { ...lease, category: 'ERROR_CATEGORY_TRANSIENT', code: 'STAGE_TIMEOUT', message: 'the stage ran longer than its timeout' });
    return;
  }
  await deps.client.call('ReleaseStage', { ...lease, reason });
  log.info({ reason }, 'stage released');
}
