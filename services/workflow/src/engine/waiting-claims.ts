import type { Claim } from './claim-stage.ts';

/** A worker's AwaitNewStage call, waiting for a new workflow's first stage. */
export interface WaitingClaim {
  readonly workerId: string;
  /** The lease it asked for; 0 = the stage's own. */
  readonly leaseTtlMs: number;
}

interface Entry extends WaitingClaim {
  readonly answer: (claim: Claim | null) => void;
  timer: NodeJS.Timeout;
  /** Out of the queue while a creation leases it an attempt; its time may run out meanwhile. */
  taken: boolean;
  expired: boolean;
}

/**
 * The claims waiting in this process, per (type, stage), oldest first. A workflow created while
 * one waits starts at once: the creating statement leases its first stage to that worker (sync
 * match), and the waiting call answers with the claim; no task, no second call. A waiter that
 * nothing arrives for answers empty when its time is up, or goes when its call is cancelled.
 * In memory on purpose: a creation on another replica, or one that finds nobody waiting, is
 * queued with its task as before, so a lost waiter costs nothing but the shortcut.
 */
export class WaitingClaims {
  readonly #byStage = new Map<string, Entry[]>();
  #closed = false;

  /** Waits up to `waitMs` for an attempt of (type, stage) handed over by `take`; null when none came. */
  wait(type: string, stage: string, claim: WaitingClaim, waitMs: number, cancelled: { on(event: 'cancelled', f: () => void): unknown }): Promise<Claim | null> {
    if (this.#closed) return Promise.resolve(null);
    return new Promise((resolve) => {
      const key = keyOf(type, stage);
      const queue = this.#byStage.get(key) ?? [];
      this.#byStage.set(key, queue);
      const entry: Entry = {
        ...claim,
        answer: (c) => {
          clearTimeout(entry.timer);
          resolve(c);
        },
        timer: setTimeout(() => this.#leave(key, entry), waitMs),
        taken: false,
        expired: false,
      };
      queue.push(entry);
      cancelled.on('cancelled', () => this.#leave(key, entry));
    });
  }

  /**
   * Takes up to `n` of the oldest waiters of (type, stage) out of the queue, for the caller to
   * lease an attempt to each. It must then answer each (`Handover.deliver`) or put it back
   * (`Handover.putBack`).
   */
  take(type: string, stage: string, n: number): Handover[] {
    const queue = this.#byStage.get(keyOf(type, stage));
    if (queue === undefined || queue.length === 0 || n <= 0) return [];
    return queue.splice(0, n).map((entry) => {
      entry.taken = true;
      return {
        workerId: entry.workerId,
        leaseTtlMs: entry.leaseTtlMs,
        deliver: (claim) => entry.answer(claim),
        putBack: () => {
          entry.taken = false;
          if (entry.expired || this.#closed) entry.answer(null);
          else queue.unshift(entry);
        },
      };
    });
  }

  /** Answers every waiter empty (shutdown). */
  close(): void {
    this.#closed = true;
    for (const queue of this.#byStage.values()) for (const entry of queue.splice(0)) entry.answer(null);
  }

  #leave(key: string, entry: Entry): void {
    if (entry.taken) {
      // Answered by whoever took it (deliver or putBack).
      entry.expired = true;
      return;
    }
    const queue = this.#byStage.get(key);
    const i = queue?.indexOf(entry) ?? -1;
    if (i < 0) return;
    queue!.splice(i, 1);
    entry.answer(null);
  }
}

/** A waiter taken out of the queue: answer it with its claim, or put it back. */
export interface Handover extends WaitingClaim {
  deliver(claim: Claim): void;
  putBack(): void;
}

const keyOf = (type: string, stage: string) => `${type}\u0000${stage}`;
