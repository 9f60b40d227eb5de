import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkflowState } from '../domain/states.ts';
import { query } from '../store/sql.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { transition } from './transition.ts';

/**
 * Takes a workflow to the state a person asked for (CANCELLED, or SUSPENDED) now that no
 * worker holds it: queued attempts are cancelled so no worker can claim them, the request is
 * cleared, and the audit trail names why.
 */
export async function stopNow(em: EntityManager, deps: EngineDeps, wf: WorkflowRow, actor: string, why: string, target: WorkflowState | null = null): Promise<WorkflowRow> {
  const to = target ?? wf.stop_requested ?? WorkflowState.CANCELLED;
  await query(em, "update stage_attempts set state = 'CANCELLED', finished_at = now() where workflow_id = ? and state = 'QUEUED'", [wf.id]);
  return transition(em, deps.emitter, wf, {
    to,
    stopRequested: null,
    nextAttemptAt: null,
    ...(to === WorkflowState.CANCELLED ? { finished: true } : {}),
    actor,
    reason: `${to === WorkflowState.CANCELLED ? 'cancelled' : 'suspended'}: ${why}`,
  });
}
