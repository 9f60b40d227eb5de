import { setTimeout as sleep } from 'node:timers/promises';

/** How a retry loop spaces its attempts. */
export interface BackoffOptions {
  /** Total attempts, the first included; at least 1. */
  readonly attempts: number;
  /** The cap of the first delay; each later attempt doubles it. */
  readonly baseDelayMs: number;
  /** No delay is longer than this. */
  readonly maxDelayMs: number;
}

/**
 * The delay before retry number `attempt` (1-based): "full jitter", a uniform random value
 * between 0 and min(max, base·2^(attempt−1)). Random spreading matters more than the exact
 * curve: replicas restarted together must not hammer a recovering database in lock-step
 * (AWS Architecture Blog, "Exponential Backoff And Jitter").
 */
export function fullJitterDelay(attempt: number, options: Pick<BackoffOptions, 'baseDelayMs' | 'maxDelayMs'>): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(Math.random() * ceiling);
}

export { sleep };
