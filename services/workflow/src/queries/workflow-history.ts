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

/** Where a page starts: after this transition id, or after the row that produced this version. */
export interface HistoryPosition {
  readonly afterId?: string;
  readonly afterVersion?: number;
}

/**
 * One page of a workflow's audit trail, oldest first. The version is the row's rank: the
 * creation row is version 1 and every transition adds one (the optimistic-lock column counts
 * the same way), so it is derived rather than stored twice.
 */
export function workflowHistory(em: EntityManager, workflowId: string, position: HistoryPosition, limit: number): Promise<HistoryRow[]> {
  return query<HistoryRow>(
    em,
    `select * from (
       select t.*, (row_number() over (order by t.id))::int as version
       from workflow_transitions t where t.workflow_id = ?
     ) h
     where h.id > ?::bigint and h.version > ?
     order by h.id limit ?`,
    [workflowId, position.afterId ?? '0', position.afterVersion ?? 0, limit],
  );
}
