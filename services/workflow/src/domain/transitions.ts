import { SluiceError } from '@sluice/errors';
import { WorkflowState as S, ALL_STATES, type WorkflowState } from './states.ts';

/**
 * The one transition table: the only source of truth for which state changes are allowed.
 * docs/state-machine.md is generated from it (scripts/gen-state-diagram.ts).
 * Each entry says why the edge exists, which the audit trail and the diagram reuse.
 */
export const TRANSITIONS: Readonly<Record<WorkflowState, Readonly<Partial<Record<WorkflowState, string>>>>> = Object.freeze({
  [S.CREATED]: { [S.QUEUED]: 'first stage enqueued', [S.CANCELLED]: 'cancelled before start' },
  [S.QUEUED]: {
    [S.PROCESSING]: 'a worker claimed the stage',
    [S.SUSPENDED]: 'suspended by a person',
    [S.CANCELLED]: 'cancelled',
  },
  [S.PROCESSING]: {
    [S.QUEUED]: 'next stage enqueued, or lease expired and the attempt re-queued',
    [S.WAITING]: 'stage waits for an external signal',
    [S.QUOTA_EXCEEDED]: 'upstream quota exhausted until retry_at',
    [S.RETRYING]: 'stage failed and will be retried after backoff',
    [S.FAILED]: 'stage failed with retries exhausted',
    [S.SUSPENDED]: 'invalid input, or suspended by a person',
    [S.PARTIALLY_PROCESSED]: 'finished with some items not done',
    [S.COMPLETED]: 'last stage completed',
    [S.CANCELLED]: 'cancelled while running',
  },
  [S.WAITING]: {
    [S.QUEUED]: 'signal received',
    [S.FAILED]: 'signal timed out',
    [S.SUSPENDED]: 'suspended by a person',
    [S.CANCELLED]: 'cancelled',
  },
  [S.QUOTA_EXCEEDED]: {
    [S.QUEUED]: 'quota available again',
    [S.SUSPENDED]: 'suspended by a person',
    [S.CANCELLED]: 'cancelled',
  },
  [S.RETRYING]: {
    [S.QUEUED]: 'backoff elapsed',
    [S.SUSPENDED]: 'suspended by a person',
    [S.CANCELLED]: 'cancelled',
  },
  [S.FAILED]: { [S.QUEUED]: 'retried by a person' },
  [S.SUSPENDED]: { [S.QUEUED]: 'resumed or retried by a person', [S.CANCELLED]: 'cancelled' },
  [S.PARTIALLY_PROCESSED]: { [S.QUEUED]: 'retried by a person' },
  [S.COMPLETED]: {},
  [S.CANCELLED]: {},
});

export function canTransition(from: WorkflowState, to: WorkflowState): boolean {
  return Object.hasOwn(TRANSITIONS[from], to);
}

/** Throws INVALID_TRANSITION (naming the workflow and both states) unless the edge exists. */
export function assertTransition(workflowId: string, from: WorkflowState, to: WorkflowState): void {
  if (!canTransition(from, to)) throw SluiceError.invalidTransition(workflowId, from, to);
}

export function isTerminal(state: WorkflowState): boolean {
  return Object.keys(TRANSITIONS[state]).length === 0;
}

/** Every (from, to) pair with whether it is allowed: what the exhaustive tests walk. */
export function allPairs(): Array<{ from: WorkflowState; to: WorkflowState; allowed: boolean }> {
  return ALL_STATES.flatMap((from) => ALL_STATES.map((to) => ({ from, to, allowed: canTransition(from, to) })));
}
