import type { GrpcClient } from '@sluice/grpc';
import type { WorkflowServiceClient } from '@sluice/contracts';
import type { Logger } from '@sluice/logging';

interface Held {
  readonly fence: string;
  readonly abort: AbortController;
}

/** Why a running stage's signal was aborted. */
export const AbortReason = {
  LEASE_LOST: 'lease lost',
  CANCELLED: 'workflow cancelled',
  SHUTDOWN: 'worker is shutting down',
  TIMEOUT: 'stage timed out',
} as const;
export type AbortReason = (typeof AbortReason)[keyof typeof AbortReason];

/**
 * Keeps every lease this worker holds alive with one batched Heartbeat per interval. A lease
 * the server no longer recognises (expired, taken over) or whose workflow was cancelled has
 * its stage's signal aborted, so the handler stops and its result is never sent.
 */
export class LeaseKeeper {
  readonly #leases = new Map<string, Held>();
  readonly #client: GrpcClient<WorkflowServiceClient>;
  readonly #workerId: string;
  readonly #log: Logger;
  readonly #intervalMs: number;
  #timer: NodeJS.Timeout | undefined;
  #beating: Promise<void> | undefined;

  constructor(options: { client: GrpcClient<WorkflowServiceClient>; workerId: string; log: Logger; intervalMs: number }) {
    this.#client = options.client;
    this.#workerId = options.workerId;
    this.#log = options.log;
    this.#intervalMs = options.intervalMs;
  }

  start(): void {
    this.#timer = setInterval(() => {
      this.#beating ??= this.#beat().finally(() => (this.#beating = undefined));
    }, this.#intervalMs);
    this.#timer.unref();
  }

  hold(attemptId: string, fence: string, abort: AbortController): void {
    this.#leases.set(attemptId, { fence, abort });
  }

  drop(attemptId: string): void {
    this.#leases.delete(attemptId);
  }

  get size(): number {
    return this.#leases.size;
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#beating;
  }

  async #beat(): Promise<void> {
    if (this.#leases.size === 0) return;
    const sent = [...this.#leases.entries()];
    try {
      const res = await this.#client.call('Heartbeat', { worker_id: this.#workerId, leases: sent.map(([id, l]) => ({ attempt_id: id, fence: l.fence })) });
      for (const status of res.leases) {
        const held = this.#leases.get(status.attempt_id);
        if (held === undefined) continue;
        if (!status.held) {
          this.#log.warn({ attempt_id: status.attempt_id, fence: held.fence }, 'lease lost: stopping the stage');
          held.abort.abort(AbortReason.LEASE_LOST);
        } else if (status.cancel_requested) {
          held.abort.abort(AbortReason.CANCELLED);
        }
      }
    } catch (err) {
      // The lease still runs until its expiry; the next beat tries again.
      this.#log.warn({ err, leases: sent.length }, 'heartbeat failed');
    }
  }
}
