import DataLoader from 'dataloader';

export interface BatcherOptions {
  /** Most items in one call. Default 256. */
  readonly maxBatchSize?: number;
  /** Calls under way at once; further items wait and join the next call. Default 2. */
  readonly callsInFlight?: number;
}

export interface Batcher<K, V> {
  /** Resolves with this item's result, or rejects with its own error (an Error in its slot). Not null or undefined. */
  load(item: K): Promise<V>;
}

/**
 * A batch goes out at the end of the event-loop turn in which it started, unless
 * `callsInFlight` calls are already under way; then it waits for one of them to return and
 * takes every item asked for meanwhile. Batches stay small (fast) while the callee keeps up and
 * grow with the load when it does not, instead of queueing many small calls.
 */
class CallGate {
  #running = 0;
  readonly #waiting: Array<() => void> = [];
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = Math.max(1, limit);
  }

  /** DataLoader's batchScheduleFn. */
  readonly schedule = (dispatch: () => void): void => {
    if (this.#running < this.#limit) {
      this.#running++;
      setImmediate(dispatch);
    } else {
      this.#waiting.push(dispatch);
    }
  };

  /** Runs `call` as one of the calls under way; the next waiting batch goes out when it ends. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } finally {
      const next = this.#waiting.shift();
      if (next === undefined) this.#running--;
      else setImmediate(next);
    }
  }
}

/**
 * `call` gets the items of one batch, in the order they were asked for, and returns one result
 * per item in that order: a value, or an Error for that item alone. If `call` throws, every
 * item of the batch rejects with that error. Nothing is cached: asking twice calls twice.
 */
export function createBatcher<K, V>(call: (items: K[]) => Promise<ReadonlyArray<V | Error>>, options: BatcherOptions = {}): Batcher<K, V> {
  const gate = new CallGate(options.callsInFlight ?? 2);
  const loader = new DataLoader<K, V>((items) => gate.run(() => call([...items])), {
    cache: false,
    maxBatchSize: options.maxBatchSize ?? 256,
    batchScheduleFn: gate.schedule,
  });
  return { load: (item) => loader.load(item) };
}
