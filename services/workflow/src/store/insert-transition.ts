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

/**
 * One audit row per state change, written in the same transaction as the change; any number
 * in one statement (a function scan yields the array's order, so ids follow `records`).
 */
export async function insertTransitions(em: EntityManager, records: readonly TransitionRecord[]): Promise<void> {
  if (records.length === 0) return;
  await query(
    em,
    `insert into workflow_transitions (workflow_id, from_state, to_state, stage, reason, metadata, actor)
     select x."workflowId", x."from", x."to", x.stage, x.reason, x.metadata, x.actor
     from jsonb_to_recordset(?::jsonb) as x("workflowId" uuid, "from" text, "to" text, stage text, reason text, metadata jsonb, actor text)`,
    [JSON.stringify(records)],
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
