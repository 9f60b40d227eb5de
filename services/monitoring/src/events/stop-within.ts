import type { Logger } from '@sluice/logging';

/**
 * Waits for `stopping` at most `graceMs`: a handler that hangs (a stuck query) must not hold
 * shutdown forever; after the grace the next teardown steps run and the handler fails with them.
 */
export async function stopWithin(stopping: Promise<void>, graceMs: number, log: Logger, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      log.warn({ graceMs, what }, 'still stopping after the grace period; going on without it');
      resolve();
    }, graceMs);
  });
  try {
    await Promise.race([stopping, late]);
  } finally {
    clearTimeout(timer);
  }
}
