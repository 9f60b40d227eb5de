import { context, trace, SpanStatusCode, type Context } from '@opentelemetry/api';
import { ErrorCode, isSluiceError } from '@sluice/errors';
import type { GrpcClient } from '@sluice/grpc';
import type { StageTask, WorkflowServiceClient } from '@sluice/contracts';
import type { Logger } from '@sluice/logging';
import type { StageDefinition } from './define.ts';

export interface RunTaskDeps {
  readonly client: GrpcClient<WorkflowServiceClient>;
  readonly workerId: string;
  readonly leaseTtlMs: number;
  readonly log: Logger;
  /** Aborted when the worker shuts down; each attempt's signal follows it. */
  readonly stopping: AbortSignal;
}

const tracer = () => trace.getTracer('sluice-worker');

/**
 * One task: claim the attempt (lease + fence), run the stage handler, complete under the fence.
 * A task whose attempt is no longer QUEUED (a redelivery, or another worker won) is dropped:
 * the claim is the de-duplication point, not the queue.
 */
export async function runTask(deps: RunTaskDeps, stage: StageDefinition<never, unknown>, task: StageTask, parent: Context): Promise<void> {
  return context.with(parent, async () => {
    if (typeof task.attempt_id !== 'string' || task.attempt_id === '') {
      // Redelivering a task without an attempt would fail the same way every time.
      deps.log.error({ task }, 'task dropped: it names no attempt_id');
      return;
    }
    let claim;
    try {
      claim = await deps.client.call('ClaimStage', { attempt_id: task.attempt_id, worker_id: deps.workerId, lease_ttl_ms: deps.leaseTtlMs });
    } catch (err) {
      if (isSluiceError(err) && (err.code === ErrorCode.INVALID_TRANSITION || err.code === ErrorCode.NOT_FOUND)) {
        deps.log.debug({ attempt_id: task.attempt_id, reason: err.message }, 'task dropped: attempt not claimable');
        return;
      }
      throw err;
    }
    const log = deps.log.child({ workflow_id: claim.workflow_id, stage: claim.stage, attempt_id: claim.attempt_id, fence: claim.fence });
    const abort = new AbortController();
    const onStop = () => abort.abort(new Error('worker is shutting down'));
    deps.stopping.addEventListener('abort', onStop, { once: true });
    const span = tracer().startSpan(`stage ${claim.workflow_type}.${claim.stage}`, {
      attributes: { 'sluice.workflow_id': claim.workflow_id, 'sluice.stage': claim.stage, 'sluice.attempt': claim.attempt, 'sluice.fence': claim.fence },
    });
    try {
      const output = await context.with(trace.setSpan(context.active(), span), async () => {
        log.info('stage started');
        const input = (claim.input_json === '' ? null : JSON.parse(claim.input_json)) as never;
        const result = await stage.handler(input, {
          fence: claim.fence,
          signal: abort.signal,
          attempt: claim.attempt,
          workflowId: claim.workflow_id,
          tenantId: claim.tenant_id,
          stage: claim.stage,
          log,
        });
        await deps.client.call('CompleteStage', { attempt_id: claim.attempt_id, fence: claim.fence, output_json: JSON.stringify(result ?? null) });
        return result;
      });
      log.info({ has_output: output !== undefined }, 'stage completed');
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      // Failure reporting (FailStage with a category, retries) arrives with the workflow engine;
      // until then the attempt stays claimed and its lease is what frees it.
      log.error({ err }, 'stage failed');
    } finally {
      span.end();
      deps.stopping.removeEventListener('abort', onStop);
    }
  });
}
