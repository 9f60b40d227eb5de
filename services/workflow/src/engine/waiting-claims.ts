import type { Claim } from './claim-stage.ts';

/** A claim a worker keeps waiting (WorkerSession) for a new workflow's first stage. */
export interface WaitingClaim {
  readonly workerId: string;
  /** The lease it asked for; 0 = the stage's own. */
  readonly leaseTtlMs: number;
}

interface Entry extends WaitingClaim {
  readonly answer: (claim: Claim) => void;
  /** Out of the queue while a creation leases it an attempt. */
  taken: boolean;
  withdrawn: boolean;
}

/**
 * The claims waiting in this process, per (type, stage), oldest first. A workflow created while
 * one waits starts at once: the creating statement leases its first stage to that worker (sync
 * match), and the claim goes to the worker's stream; no task, no claim call. A waiter stays
 * until it is answered or withdrawn (its stream ended).
 * In memory on purpose: a creation on another replica, or one that finds nobody waiting, is
 * queued with its task as before, so a lost waiter costs nothing but the shortcut.
 */
export class WaitingClaims {
  readonly #byStage = new Map<string, Entry[]>();
  readonly #onClose = new Set<() => void>();
  #closed = false;

  /**
   * Adds a waiting claim for (type, stage). `answer` is called once, with the attempt a creation
   * leased to it; possibly after the returned withdraw function was called, when a creation had
   * already taken it (the caller then owns that lease and must hand it back). Null once closed.
   */
  add(type: string, stage: string, claim: WaitingClaim, answer: (claim: Claim) => void): (() => void) | null {
    if (this.#closed) return null;
    const key = stageKey(type, stage);
    const queue = this.#byStage.get(key) ?? [];
    this.#byStage.set(key, queue);
    const entry: Entry = { ...claim, answer, taken: false, withdrawn: false };
    queue.push(entry);
    return () => {
      if (entry.withdrawn) return;
      entry.withdrawn = true;
      if (entry.taken) return;
      const i = queue.indexOf(entry);
      if (i >= 0) queue.splice(i, 1);
    };
  }

  /**
   * Takes up to `n` of the oldest waiters of (type, stage) out of the queue, for the caller to
   * lease an attempt to each. It must then answer each (`Handover.deliver`) or put it back
   * (`Handover.putBack`).
   */
  take(type: string, stage: string, n: number): Handover[] {
    const queue = this.#byStage.get(stageKey(type, stage));
    if (queue === undefined || queue.length === 0 || n <= 0) return [];
    return queue.splice(0, n).map((entry) => {
      entry.taken = true;
      return {
        workerId: entry.workerId,
        leaseTtlMs: entry.leaseTtlMs,
        deliver: (claim) => entry.answer(claim),
        putBack: () => {
          entry.taken = false;
          if (!entry.withdrawn && !this.#closed) queue.unshift(entry);
        },
      };
    });
  }

  /** Calls `f` once when the service closes (shutdown); returns a function that unregisters it. */
  onClose(f: () => void): () => void {
    if (this.#closed) {
      f();
      return () => undefined;
    }
    this.#onClose.add(f);
    return () => this.#onClose.delete(f);
  }

  /** Drops every waiter and tells the streams (onClose) to end: no more sync matches here. */
  close(): void {
    this.#closed = true;
    for (const queue of this.#byStage.values()) queue.splice(0);
    for (const f of [...this.#onClose]) f();
    this.#onClose.clear();
  }
}

/** A waiter taken out of the queue: answer it with its claim, or put it back. */
export interface Handover extends WaitingClaim {
  deliver(claim: Claim): void;
  putBack(): void;
}

/** One map key for a (workflow type, stage) pair: the names cannot hold the NUL between them. */
export const stageKey = (type: string, stage: string): string => `${type}\u0000${stage}`;
