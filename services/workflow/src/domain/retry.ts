import type { RetryPolicy } from './definition.ts';

/**
 * The wait before attempt `next` (2 for the first retry): exponential from the initial delay,
 * capped, then `jitter` of it randomised downwards ("equal jitter" when 0.5, "full" when 1)
 * so that many workflows failing together do not come back together.
 */
export function retryDelayMs(policy: RetryPolicy, next: number, random: () => number = Math.random): number {
  const exponential = policy.initialDelayMs * policy.multiplier ** Math.max(0, next - 2);
  const capped = Math.min(policy.maxDelayMs, exponential);
  return Math.round(capped * (1 - policy.jitter * random()));
}

/** Whether a stage that has failed `failures` times may run again. */
export function canRetry(policy: RetryPolicy, failures: number): boolean {
  return failures < policy.maxAttempts;
}
