import { context, type Context } from '@opentelemetry/api';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError } from '@sluice/errors';
import { writeOutbox, type OutboxEntry } from '@sluice/messaging';
import { assertTransition, TRANSITIONS } from '../domain/transitions.ts';
import { updateWorkflowStates, type StatePatch } from '../store/update-workflow-state.ts';
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
  /** The trace its event continues; default the active one. */
  readonly ctx?: Context;
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
 * `transition` for many workflows at once (distinct ids), in two statements whatever their
 * number: the version-checked updates with their audit rows, the outbox events (deferred to
 * the commit when the relay publishes on commit). Any invalid edge or
 * lost race throws before anything is written; the caller's transaction then rolls back.
 * Returns the updated rows in the order of `changes`.
 */
export async function transitionMany(em: EntityManager, emitter: Emitter, changes: readonly Change[]): Promise<WorkflowRow[]> {
  if (changes.length === 0) return [];
  for (const { wf, input } of changes) assertTransition(wf.id, wf.state, input.to);
  const audits = changes.map(({ wf, input }) => ({ from: wf.state, reason: input.reason ?? TRANSITIONS[wf.state][input.to]!, metadata: input.metadata ?? {}, actor: input.actor }));
  const updated = await updateWorkflowStates(
    em,
    changes.map(({ wf, input }, i) => ({ id: wf.id, version: wf.version, patch: patchOf(input), audit: audits[i]! })),
  );
  const events: OutboxEntry[] = [];
  const rows = changes.map(({ wf, ctx }, i) => {
    const row = updated.get(wf.id);
    if (row === undefined) throw SluiceError.conflict('workflow', wf.id, wf.version);
    events.push(context.with(ctx ?? context.active(), () => emitter.stateChanged(row, wf.state, audits[i]!)));
    return row;
  });
  await writeOutbox(em, events);
  return rows;
}

function patchOf(input: TransitionInput): StatePatch {
  const { actor: _actor, reason: _reason, metadata: _metadata, ...patch } = input;
  return patch;
}
