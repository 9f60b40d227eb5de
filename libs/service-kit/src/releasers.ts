/**
 * Teardown registered as each resource is acquired, run in reverse order, keeping the first
 * error (graphile-worker's withReleasers). A repeated release() returns the first promise.
 */
export class Releasers {
  readonly #steps: Array<{ name: string; release: () => Promise<void> | void }> = [];
  #released: Promise<void> | undefined;

  add(name: string, release: () => Promise<void> | void): void {
    this.#steps.push({ name, release });
  }

  release(onError?: (name: string, err: unknown) => void): Promise<void> {
    this.#released ??= (async () => {
      let first: unknown;
      for (const step of [...this.#steps].reverse()) {
        try {
          await step.release();
        } catch (err) {
          onError?.(step.name, err);
          first ??= err;
        }
      }
      if (first !== undefined) throw first;
    })();
    return this.#released;
  }
}
