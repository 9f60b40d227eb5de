import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';
import { insertTransitions } from './insert-transition.ts';
import type { WorkflowRow } from './rows.ts';
import type { WorkflowState } from '../domain/states.ts';

/**
 * Asks a PROCESSING workflow to stop: the state does not change until its worker lets go
 * (it learns of the request from its next heartbeat and aborts the stage's signal), but the
 * request is versioned and audited like a transition.
 */
export async function requestStop(em: EntityManager, wf: WorkflowRow, target: WorkflowState, reason: string, actor: string): Promise<WorkflowRow | null> {
  const row = await queryOne<WorkflowRow>(
    em,
    `update workflows set stop_requested = ?, suspend_reason = coalesce(?, suspend_reason), version = version + 1, updated_at = now()
     where id = ? and version = ? returning *`,
    [target, target === 'SUSPENDED' ? reason : null, wf.id, wf.version],
  );
  if (row === null) return null;
  await insertTransitions(em, [{
    workflowId: wf.id,
    from: wf.state,
    to: wf.state,
    stage: wf.current_stage,
    reason: `${target === 'CANCELLED' ? 'cancel' : 'suspend'} requested: ${reason}`,
    metadata: { stop_requested: target },
    actor,
  }]);
  return row;
}
