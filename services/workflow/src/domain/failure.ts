import { WorkflowState } from './states.ts';
import { canRetry, retryDelayMs } from './retry.ts';
import type { RetryPolicy } from './definition.ts';

/** Error categories as workers report them (sluice.workflow.v1.ErrorCategory without its prefix). */
export const Category = {
  TRANSIENT: 'transient',
  RATE_LIMITED: 'rate_limited',
  INVALID_INPUT: 'invalid_input',
  INTERNAL: 'internal',
} as const;
export type Category = (typeof Category)[keyof typeof Category];

export interface FailureDecision {
  readonly to: WorkflowState;
  /** When the workflow comes back by itself (RETRYING, QUOTA_EXCEEDED); null when it does not. */
  readonly nextAttemptAt: Date | null;
  readonly willRetry: boolean;
}

/**
 * What a failed attempt does to its workflow; the category decides (ARCHITECTURE.md):
 * transient → retry with backoff; rate_limited → QUOTA_EXCEEDED until retry_at (or the backoff
 * when the worker gave none), without spending an attempt; invalid_input → SUSPENDED for a
 * person; internal → retry, then FAILED. A transient failure past its attempts is FAILED too.
 * `failures` counts this stage's failed tries so far, this one included (rate limits excluded).
 */
export function decideFailure(category: Category, policy: RetryPolicy, failures: number, now: Date, retryAt: Date | null, random: () => number = Math.random): FailureDecision {
  if (category === Category.INVALID_INPUT) return { to: WorkflowState.SUSPENDED, nextAttemptAt: null, willRetry: false };
  if (category === Category.RATE_LIMITED) {
    const at = retryAt ?? new Date(now.getTime() + retryDelayMs(policy, failures + 1, random));
    return { to: WorkflowState.QUOTA_EXCEEDED, nextAttemptAt: at, willRetry: true };
  }
  if (canRetry(policy, failures)) {
    return { to: WorkflowState.RETRYING, nextAttemptAt: new Date(now.getTime() + retryDelayMs(policy, failures + 1, random)), willRetry: true };
  }
  return { to: WorkflowState.FAILED, nextAttemptAt: null, willRetry: false };
}

/** The proto enum name (ERROR_CATEGORY_TRANSIENT) as a category; unset counts as internal. */
export function categoryFromProto(name: string): Category {
  const short = name.replace(/^ERROR_CATEGORY_/, '').toLowerCase();
  return (Object.values(Category) as string[]).includes(short) ? (short as Category) : Category.INTERNAL;
}
