import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError } from '@sluice/errors';
import { assertTransition, TRANSITIONS } from '../domain/transitions.ts';
import { updateWorkflowState, type StatePatch } from '../store/update-workflow-state.ts';
import { insertTransition } from '../store/insert-transition.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { Emitter } from './emit.ts';

export interface TransitionInput extends StatePatch {
  readonly actor: string;
  readonly reason?: string;
  readonly metadata?: Readonly<Record<string, unknown>>;
}

/**
 * The only way a workflow changes state: checks the table, updates with an optimistic version
 * check, writes one audit row and one outbox event, all in the caller's transaction. An invalid
 * edge or a lost race throws before anything is written.
 */
export async function transition(em: EntityManager, emitter: Emitter, wf: WorkflowRow, input: TransitionInput): Promise<WorkflowRow> {
  assertTransition(wf.id, wf.state, input.to);
  const updated = await updateWorkflowState(em, wf.id, wf.version, input);
  if (updated === null) throw SluiceError.conflict('workflow', wf.id, wf.version);
  const reason = input.reason ?? TRANSITIONS[wf.state][input.to]!;
  const stage = updated.current_stage;
  const metadata = input.metadata ?? {};
  await insertTransition(em, { workflowId: wf.id, from: wf.state, to: input.to, stage, reason, metadata, actor: input.actor });
  await emitter.stateChanged(em, updated, wf.state, { reason, actor: input.actor, metadata });
  return updated;
}
