import { createBatcher, type Batcher } from '@sluice/batch';
import {
  loadContracts,
  type AcquireGrantRequest,
  type AcquireGrantResponse__Output,
  type Grant__Output,
  type QuotaItemError__Output,
  type QuotaServiceClient,
  type SettleGrantItem,
} from '@sluice/contracts';
import { ErrorCode, isErrorCode, SluiceError } from '@sluice/errors';
import { createClient, type GrpcClient } from '@sluice/grpc';
import type { Logger } from '@sluice/logging';

/** How the SDK talks to the quota service; one per Worker or QuotaClient, shared by every stage. */
export interface QuotaRpcOptions {
  /** host:port of the quota service's gRPC API. */
  readonly address: string;
  /** Each call's deadline. Past it the stage parks (QUOTA_UNAVAILABLE) rather than wait. Default 250 ms. */
  readonly deadlineMs?: number;
  /** The park after a failed or late call: a random time between the two. Default 1-2 s. */
  readonly unavailableBackoffMs?: { readonly minMs: number; readonly maxMs: number };
  /**
   * A grant that starts within this long (max_wait_ms) is waited for in the stage, holding its
   * slot; a later one parks the stage until then. Default 0: always park.
   */
  readonly maxInlineWaitMs?: number;
  readonly log: Logger;
}

/** The quota service's client and the settings every call shares; upstream reports in flight. */
export class QuotaRpc {
  readonly client: GrpcClient<QuotaServiceClient>;
  readonly deadlineMs: number;
  readonly backoff: { readonly minMs: number; readonly maxMs: number };
  readonly maxInlineWaitMs: number;
  readonly log: Logger;
  readonly #pending = new Set<Promise<unknown>>();
  readonly #acquires: Batcher<AcquireGrantRequest, AcquireGrantResponse__Output>;
  readonly #settlements: Batcher<SettleGrantItem, Grant__Output>;

  constructor(options: QuotaRpcOptions) {
    this.deadlineMs = options.deadlineMs ?? 250;
    this.backoff = options.unavailableBackoffMs ?? { minMs: 1_000, maxMs: 2_000 };
    this.maxInlineWaitMs = options.maxInlineWaitMs ?? 0;
    this.log = options.log;
    if (!(this.deadlineMs > 0)) throw new TypeError(`quotaDeadlineMs must be above 0, not ${this.deadlineMs}`);
    if (!(this.backoff.minMs >= 0 && this.backoff.maxMs >= this.backoff.minMs)) {
      throw new TypeError(`quotaUnavailableBackoffMs must have 0 <= minMs <= maxMs, not ${JSON.stringify(this.backoff)}`);
    }
    this.client = createClient(loadContracts().services.quota, options.address, {
      deadlineMs: this.deadlineMs,
      // grpc-js backs off reconnecting up to 120 s by default, and fails calls at once while it
      // waits: a quota service back after a restart would go unseen that long, and every stage
      // on it would keep parking. Retry the connection within about a second instead.
      clientOptions: { 'grpc.initial_reconnect_backoff_ms': 100, 'grpc.max_reconnect_backoff_ms': 1_000 },
    });
    // The acquires (and settlements) of every stage slot that arrive while a call is under way
    // go in the next call together (@sluice/batch): under load a worker makes one call per
    // batch instead of one per stage, and the service decides them in one tick.
    this.#acquires = createBatcher<AcquireGrantRequest, AcquireGrantResponse__Output>(async (items) => {
      const res = await this.client.call('AcquireGrants', { items }, { deadlineMs: this.deadlineMs });
      return items.map((_, i) => itemResult(res.results[i], (r) => r.response));
    });
    this.#settlements = createBatcher<SettleGrantItem, Grant__Output>(async (items) => {
      const res = await this.client.call('SettleGrants', { items }, { deadlineMs: this.deadlineMs });
      return items.map((_, i) => itemResult(res.results[i], (r) => r.grant));
    });
  }

  /** AcquireGrant, batched with the other acquires of this worker (AcquireGrants). */
  acquire(request: AcquireGrantRequest): Promise<AcquireGrantResponse__Output> {
    return this.#acquires.load(request);
  }

  /** CommitGrant or RefundGrant, batched with the other settlements of this worker (SettleGrants). */
  settle(item: SettleGrantItem): Promise<Grant__Output> {
    return this.#settlements.load(item);
  }

  /** Keeps a fire-and-forget call (ReportUpstream) until it ends, so close() can wait for it. */
  track<T>(call: Promise<T>): Promise<T> {
    this.#pending.add(call);
    void call.finally(() => this.#pending.delete(call)).catch(() => undefined);
    return call;
  }

  /** Waits for the reports in flight (each bounded by the deadline), then closes the channel. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.#pending]);
    this.client.close();
  }
}

/** One item's answer of a batched call, or its own error as the SluiceError a single call would have thrown. */
function itemResult<R extends { error?: QuotaItemError__Output | null }, T>(result: R | undefined, answer: (r: R) => T | null | undefined): T | SluiceError {
  if (result === undefined) return new SluiceError(ErrorCode.INTERNAL, 'the quota service answered a batch without this item');
  if (result.error) {
    const e = result.error;
    let details: Record<string, unknown> = {};
    try {
      details = JSON.parse(e.details_json || '{}') as Record<string, unknown>;
    } catch {
      // Not JSON: the message still says what went wrong.
    }
    return new SluiceError(isErrorCode(e.code) ? e.code : ErrorCode.INTERNAL, e.message, { details });
  }
  const value = answer(result);
  return value === null || value === undefined ? new SluiceError(ErrorCode.INTERNAL, 'the quota service answered an item with neither a result nor an error') : value;
}
