import DataLoader from 'dataloader';
import { ErrorCode, SluiceError } from '@sluice/errors';
import type { GrpcClient } from '@sluice/grpc';
import type { ClaimStageResponse__Output, CompleteStageRequest, WorkflowServiceClient } from '@sluice/contracts';

/** The server's cap on attempts per ClaimStages / CompleteStages call. */
const MAX_BATCH = 256;

// Requests made in one turn of the event loop (the tasks of one pull, the stages that finished
// together) go out as one call; the next turn's wait for the next.
const options = { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: (flush: () => void) => setImmediate(flush) } as const;

/**
 * Claims through ClaimStages: the claims asked for in one turn of the event loop, for one
 * (type, stage), become one call asking for that many. A waiter left without an attempt gets
 * null (nothing queued: its task is dropped), or RESOURCE_EXHAUSTED when a concurrency limit
 * held queued attempts back (its task comes back later).
 */
export class ClaimBatcher {
  readonly #loaders = new Map<string, DataLoader<number, ClaimStageResponse__Output | null>>();
  readonly #client: GrpcClient<WorkflowServiceClient>;
  readonly #workerId: string;
  readonly #leaseTtlMs: number;
  #seq = 0;

  constructor(client: GrpcClient<WorkflowServiceClient>, workerId: string, leaseTtlMs: number) {
    this.#client = client;
    this.#workerId = workerId;
    this.#leaseTtlMs = leaseTtlMs;
  }

  claim(workflowType: string, stage: string): Promise<ClaimStageResponse__Output | null> {
    const key = `${workflowType}\u0000${stage}`;
    let loader = this.#loaders.get(key);
    if (loader === undefined) {
      loader = new DataLoader<number, ClaimStageResponse__Output | null>(async (waiters) => {
        const res = await this.#client.call('ClaimStages', {
          worker_id: this.#workerId,
          lease_ttl_ms: this.#leaseTtlMs,
          workflow_type: workflowType,
          stage,
          max: waiters.length,
        });
        const heldBack = new SluiceError(ErrorCode.RESOURCE_EXHAUSTED, `every queued ${workflowType}.${stage} attempt is held back by a concurrency limit`);
        return waiters.map((_, i) => res.claims[i] ?? (res.held_back ? heldBack : null));
      }, options);
      this.#loaders.set(key, loader);
    }
    return loader.load(this.#seq++);
  }
}

/**
 * Completions through CompleteStages: the stages that finish in one turn of the event loop are
 * committed in one call and one transaction. Each caller gets its own outcome: a lost lease
 * rejects only its completion (LEASE_LOST, as CompleteStage would).
 */
export class CompletionBatcher {
  readonly #loader: DataLoader<CompleteStageRequest, true>;

  constructor(client: GrpcClient<WorkflowServiceClient>) {
    this.#loader = new DataLoader<CompleteStageRequest, true>(async (items) => {
      const res = await client.call('CompleteStages', { items: [...items] });
      return items.map((item, i) => {
        const result = res.results[i];
        if (result === undefined) return new SluiceError(ErrorCode.INTERNAL, `CompleteStages returned no result for attempt ${item.attempt_id}`);
        return result.error ? new SluiceError(result.error.code as ErrorCode, result.error.message, { details: { attemptId: item.attempt_id } }) : true;
      });
    }, options);
  }

  complete(item: CompleteStageRequest): Promise<true> {
    return this.#loader.load(item);
  }
}
