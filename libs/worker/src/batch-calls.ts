import { createBatcher, type Batcher } from '@sluice/batch';
import { ErrorCode, SluiceError } from '@sluice/errors';
import type { GrpcClient } from '@sluice/grpc';
import type { ClaimStageResponse__Output, CompleteStageRequest, CompleteStagesRequest, CompleteStagesResponse__Output, WorkflowServiceClient } from '@sluice/contracts';
import { stageKey } from './stage-key.ts';

/**
 * Claims through ClaimStages: the claims asked for while earlier calls run (group commit, see
 * @sluice/batch), for one (type, stage), become one call asking for that many. A waiter left
 * without an attempt gets null (nothing queued: its task is dropped), or RESOURCE_EXHAUSTED when
 * a concurrency limit held queued attempts back (its task comes back later).
 */
export class ClaimBatcher {
  readonly #batchers = new Map<string, Batcher<number, ClaimStageResponse__Output | null>>();
  #seq = 0;
  readonly #client: GrpcClient<WorkflowServiceClient>;
  readonly #workerId: string;
  readonly #leaseTtlMs: number;

  constructor(client: GrpcClient<WorkflowServiceClient>, workerId: string, leaseTtlMs: number) {
    this.#client = client;
    this.#workerId = workerId;
    this.#leaseTtlMs = leaseTtlMs;
  }

  claim(workflowType: string, stage: string): Promise<ClaimStageResponse__Output | null> {
    const key = stageKey(workflowType, stage);
    let batcher = this.#batchers.get(key);
    if (batcher === undefined) {
      batcher = createBatcher<number, ClaimStageResponse__Output | null>(async (waiters) => {
        const res = await this.#client.call('ClaimStages', { worker_id: this.#workerId, lease_ttl_ms: this.#leaseTtlMs, workflow_type: workflowType, stage, max: waiters.length });
        const heldBack = new SluiceError(ErrorCode.RESOURCE_EXHAUSTED, `every queued ${workflowType}.${stage} attempt is held back by a concurrency limit`);
        return waiters.map((_, i) => res.claims[i] ?? (res.held_back ? heldBack : null));
      });
      this.#batchers.set(key, batcher);
    }
    // Each waiter is a key of its own (the batcher refuses null keys).
    return batcher.load(this.#seq++);
  }
}

/**
 * Completions through CompleteStages: the stages that finish while earlier calls run are
 * committed in one call and one transaction. Each caller gets its own outcome: a lost lease
 * rejects only its completion (LEASE_LOST, as CompleteStage would). A completion that names
 * the next stage in `claim_next` may get it back, leased to this worker; otherwise null.
 */
export class CompletionBatcher {
  readonly #batcher: Batcher<CompleteStageRequest, ClaimStageResponse__Output | null>;

  /** `send` makes the CompleteStages call (on the worker's session stream, see Session). */
  constructor(send: (request: CompleteStagesRequest) => Promise<CompleteStagesResponse__Output>, leaseTtlMs: number) {
    this.#batcher = createBatcher<CompleteStageRequest, ClaimStageResponse__Output | null>(async (items) => {
      const res = await send({ items, lease_ttl_ms: leaseTtlMs });
      return items.map((item, i) => {
        const result = res.results[i];
        if (result === undefined) return new SluiceError(ErrorCode.INTERNAL, `CompleteStages returned no result for attempt ${item.attempt_id}`);
        return result.error ? new SluiceError(result.error.code as ErrorCode, result.error.message, { details: { attemptId: item.attempt_id } }) : (result.next ?? null);
      });
    });
  }

  complete(item: CompleteStageRequest): Promise<ClaimStageResponse__Output | null> {
    return this.#batcher.load(item);
  }
}
