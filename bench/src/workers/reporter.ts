import type { ChildMessage, ParentMessage, WorkerConfig } from '../protocol.ts';
import { nowMs } from '../stats.ts';

/** The config the driver passed in BENCH_WORKER_CONFIG. */
export function workerConfig<T extends WorkerConfig>(): T {
  const raw = process.env.BENCH_WORKER_CONFIG;
  if (raw === undefined) throw new Error('BENCH_WORKER_CONFIG is not set: worker children are started by bench/run.ts');
  return JSON.parse(raw) as T;
}

function send(message: ChildMessage): void {
  process.send?.(message);
}

/**
 * The child side of the protocol: handlers call `started()` / `sample()`; samples go to the
 * driver in batches every 5 ms, so IPC costs little per job.
 */
export class Reporter {
  #first = false;
  #buffer: number[] = [];
  readonly #timer: NodeJS.Timeout;
  handled = 0;

  constructor() {
    this.#timer = setInterval(() => this.flush(), 5);
  }

  ready(): void {
    send({ type: 'ready' });
  }

  /** Call at the start of each handler. */
  started(): void {
    this.handled++;
    if (!this.#first) {
      this.#first = true;
      send({ type: 'first', t: nowMs() });
    }
  }

  sample(id: number, valueMs: number, atMs: number): void {
    this.#buffer.push(id, valueMs, atMs);
  }

  flush(): void {
    if (this.#buffer.length === 0) return;
    send({ type: 'samples', values: this.#buffer });
    this.#buffer = [];
  }

  /**
   * Runs `stop` when the driver asks, then sends the final stats and exits. `stop` returns the
   * system's own figures (e.g. Sluice's RPC timings).
   */
  onStop(stop: () => Promise<Record<string, unknown>>): void {
    process.on('message', (message: ParentMessage) => {
      if (message.type !== 'stop') return;
      void (async () => {
        let stats: Record<string, unknown> = {};
        try {
          stats = await stop();
        } catch (err) {
          send({ type: 'error', message: `stop failed: ${(err as Error).message}` });
        }
        this.flush();
        clearInterval(this.#timer);
        send({ type: 'final', stats: { handled: this.handled, ...stats } });
        process.disconnect?.();
        setTimeout(() => process.exit(0), 50).unref();
      })();
    });
  }

  fail(err: unknown): never {
    send({ type: 'error', message: (err as Error).stack ?? String(err) });
    process.exit(1);
  }
}
