import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../store/sql.ts';
import type { PgTimestamp } from '../store/rows.ts';

export interface HistoryRow {
  id: string;
  workflow_id: string;
  from_state: string | null;
  to_state: string;
  stage: string | null;
  reason: string;
  metadata: Record<string, unknown>;
  actor: string;
  at: PgTimestamp;
  /** The workflow version this row produced. */
  version: number;
}

/**
 * One page of a workflow's audit trail, oldest first, after transition `afterId`. The version
 * is the row's rank: the creation row is version 1 and every transition adds one (the
 * optimistic-lock column counts the same way), so it is derived rather than stored twice.
 */
export function workflowHistory(em: EntityManager, workflowId: string, afterId: string | null, limit: number): Promise<HistoryRow[]> {
  return query<HistoryRow>(
    em,
    `select * from (
       select t.*, (row_number() over (order by t.id))::int as version
       from workflow_transitions t where t.workflow_id = ?
     ) h
     where h.id > ?::bigint
     order by h.id limit ?`,
    [workflowId, afterId ?? '0', limit],
  );
}
