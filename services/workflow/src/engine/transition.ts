import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError } from '@sluice/errors';
import { writeOutbox, type OutboxEntry } from '@sluice/messaging';
import { assertTransition, TRANSITIONS } from '../domain/transitions.ts';
import { updateWorkflowStates, type StatePatch } from '../store/update-workflow-state.ts';
import { insertTransitions, type TransitionRecord } from '../store/insert-transition.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { Emitter } from './emit.ts';

export interface TransitionInput extends StatePatch {
  readonly actor: string;
  readonly reason?: string;
  readonly metadata?: Readonly<Record<string, unknown>>;
}

export interface Change {
  readonly wf: WorkflowRow;
  readonly input: TransitionInput;
}

/**
 * The only way a workflow changes state: checks the table, updates with an optimistic version
 * check, writes one audit row and one outbox event, all in the caller's transaction. An invalid
 * edge or a lost race throws before anything is written.
 */
export async function transition(em: EntityManager, emitter: Emitter, wf: WorkflowRow, input: TransitionInput): Promise<WorkflowRow> {
  return (await transitionMany(em, emitter, [{ wf, input }]))[0]!;
}

/**
 * `transition` for many workflows at once (distinct ids), in three statements whatever their
 * number: the version-checked updates, the audit rows, the outbox events. Any invalid edge or
 * lost race throws before anything is written; the caller's transaction then rolls back.
 * Returns the updated rows in the order of `changes`.
 */
export async function transitionMany(em: EntityManager, emitter: Emitter, changes: readonly Change[]): Promise<WorkflowRow[]> {
  if (changes.length === 0) return [];
  for (const { wf, input } of changes) assertTransition(wf.id, wf.state, input.to);
  const updated = await updateWorkflowStates(
    em,
    changes.map(({ wf, input }) => ({ id: wf.id, version: wf.version, patch: patchOf(input) })),
  );
  const audit: TransitionRecord[] = [];
  const events: OutboxEntry[] = [];
  const rows = changes.map(({ wf, input }) => {
    const row = updated.get(wf.id);
    if (row === undefined) throw SluiceError.conflict('workflow', wf.id, wf.version);
    const reason = input.reason ?? TRANSITIONS[wf.state][input.to]!;
    const metadata = input.metadata ?? {};
    audit.push({ workflowId: wf.id, from: wf.state, to: input.to, stage: row.current_stage, reason, metadata, actor: input.actor });
    events.push(emitter.stateChanged(row, wf.state, { reason, actor: input.actor, metadata }));
    return row;
  });
  await insertTransitions(em, audit);
  await writeOutbox(em, events);
  return rows;
}

function patchOf(input: TransitionInput): StatePatch {
  const { actor: _actor, reason: _reason, metadata: _metadata, ...patch } = input;
  return patch;
}
