import { WorkflowState as S, type WorkflowState } from '../domain/states.ts';
import { canTransition } from '../domain/transitions.ts';

/**
 * The control RPCs (by the names the proto's WorkflowExplanation uses) that the transition
 * table allows from `state`: read from the table, so this list cannot promise a move the
 * engine would refuse.
 */
export function allowedActions(state: WorkflowState): string[] {
  const actions: string[] = [];
  if (canTransition(state, S.CANCELLED)) actions.push('cancel');
  if (canTransition(state, S.SUSPENDED)) actions.push('suspend');
  if (state === S.SUSPENDED && canTransition(state, S.QUEUED)) actions.push('resume');
  if ((state === S.FAILED || state === S.PARTIALLY_PROCESSED) && canTransition(state, S.QUEUED)) actions.push('retry');
  if (state === S.WAITING) actions.push('signal');
  if (state === S.QUOTA_EXCEEDED) actions.push('resume_quota');
  return actions;
}
