import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from './sql.ts';

export interface TransitionRecord {
  readonly workflowId: string;
  readonly from: string | null;
  readonly to: string;
  readonly stage: string | null;
  readonly reason: string;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly actor: string;
}

/** One audit row per state change, written in the same transaction as the change. */
export async function insertTransition(em: EntityManager, t: TransitionRecord): Promise<void> {
  await query(
    em,
    `insert into workflow_transitions (workflow_id, from_state, to_state, stage, reason, metadata, actor)
     values (?, ?, ?, ?, ?, ?::jsonb, ?)`,
    [t.workflowId, t.from, t.to, t.stage, t.reason, JSON.stringify(t.metadata), t.actor],
  );
}

export interface TransitionRow {
  id: string;
  from_state: string | null;
  to_state: string;
  stage: string | null;
  reason: string;
  metadata: Record<string, unknown>;
  actor: string;
  at: Date;
}

export function listTransitions(em: EntityManager, workflowId: string): Promise<TransitionRow[]> {
  return query<TransitionRow>(em, 'select * from workflow_transitions where workflow_id = ? order by id', [workflowId]);
}
