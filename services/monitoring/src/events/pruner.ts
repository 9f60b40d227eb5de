import type { Orm } from '@sluice/db';
import type { Logger } from '@sluice/logging';
import { prune } from '../store/prune.ts';

export interface PrunerOptions {
  readonly orm: Orm;
  readonly log: Logger;
  readonly intervalMs: number;
  readonly retentionMs: number;
}

export interface Pruner {
  /** Stops the timer and waits for a round in progress. */
  stop(): Promise<void>;
}

/**
 * Removes old event ids and per-minute counts every `intervalMs`. Every replica runs one; the
 * deletes are idempotent, so overlapping rounds only repeat work. A failed round is logged
 * and tried again at the next tick.
 */
export function startPruner(options: PrunerOptions): Pruner {
  const log = options.log.child({ component: 'pruner' });
  let running: Promise<void> | undefined;
  const round = () => {
    running ??= prune(options.orm.em.fork(), options.retentionMs)
      .then(
        (removed) => {
          if (removed.events + removed.minutes > 0) log.debug(removed, 'pruned');
        },
        (err: unknown) => log.warn({ err }, 'prune failed; trying again at the next interval'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(round, options.intervalMs);
  // The timer alone must not keep a process alive that is otherwise done.
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
