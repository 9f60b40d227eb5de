import type { Logger } from '@sluice/logging';

/**
 * Runs `round` every `intervalMs` (and at once after `nudge()`), one round at a time; a round
 * that moved a full batch runs again at once. `stop()` waits for the round in flight.
 */
export class Periodic {
  readonly #name: string;
  readonly #intervalMs: number;
  readonly #round: () => Promise<number>;
  readonly #batch: number;
  readonly #log: Logger;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = false;

  readonly #onRound: ((outcome: 'ok' | 'failed', moved: number) => void) | undefined;

  constructor(options: { name: string; intervalMs: number; batch: number; log: Logger; round: () => Promise<number>; onRound?: (outcome: 'ok' | 'failed', moved: number) => void }) {
    this.#name = options.name;
    this.#intervalMs = options.intervalMs;
    this.#round = options.round;
    this.#batch = options.batch;
    this.#log = options.log;
    this.#onRound = options.onRound;
  }

  start(): void {
    this.#schedule(0);
  }

  nudge(): void {
    if (this.#stopped || this.#running !== undefined) return;
    clearTimeout(this.#timer);
    this.#schedule(0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#running = this.#run().finally(() => {
        this.#running = undefined;
      });
    }, delayMs);
  }

  async #run(): Promise<void> {
    let moved = 0;
    try {
      moved = await this.#round();
      if (moved > 0) this.#log.debug({ task: this.#name, moved }, 'periodic round');
      this.#onRound?.('ok', moved);
    } catch (err) {
      this.#log.error({ task: this.#name, err }, 'periodic round failed');
      this.#onRound?.('failed', 0);
    }
    this.#schedule(moved >= this.#batch ? 0 : this.#intervalMs);
  }
}
