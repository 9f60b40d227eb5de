/**
 * The attempts of one stage this worker runs at once (its `concurrency`), shared by the two
 * ways an attempt starts here: a task pulled from JetStream (the consumer waits for a slot
 * before it starts one) and a next stage handed back by CompleteStages (asked for only when a
 * slot is free, so that it never waits).
 */
export class StageSlots {
  readonly max: number;
  #used = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(max: number) {
    this.max = Math.max(1, max);
  }

  /** A slot now, or false when all are taken (the caller does without). */
  tryTake(): boolean {
    if (this.#used >= this.max) return false;
    this.#used++;
    return true;
  }

  /** A slot, once one is free; first come, first served. */
  take(): Promise<void> {
    if (this.tryTake()) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  give(): void {
    const next = this.#waiting.shift();
    // Handed straight to the next waiter: the count stays.
    if (next !== undefined) next();
    else this.#used--;
  }
}
