import { loadContracts, type QuotaServiceClient } from '@sluice/contracts';
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
