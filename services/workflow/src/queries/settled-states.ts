import { WorkflowState, ALL_STATES } from '../domain/states.ts';

/**
 * States with no automatic way out: the proto's WatchWorkflow ends after sending one, and the
 * dashboard does not count them as active. FAILED and PARTIALLY_PROCESSED are not terminal in
 * the transition table (a person can retry them), but nothing moves them unless someone does.
 */
export const SETTLED_STATES: readonly WorkflowState[] = [
  WorkflowState.COMPLETED,
  WorkflowState.CANCELLED,
  WorkflowState.FAILED,
  WorkflowState.PARTIALLY_PROCESSED,
];

export const ACTIVE_STATES: readonly WorkflowState[] = ALL_STATES.filter((s) => !SETTLED_STATES.includes(s));

export function isSettled(state: string): boolean {
  return (SETTLED_STATES as readonly string[]).includes(state);
}
