import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../store/sql.ts';
import type { PgTimestamp } from '../store/rows.ts';

/** The attempt columns the read side shows (migrations 0001 and 0002). */
export interface AttemptView {
  id: string;
  workflow_id: string;
  stage: string;
  stage_index: number;
  attempt: number;
  state: string;
  fence: string | null;
  lease_owner: string | null;
  lease_expires_at: PgTimestamp | null;
  heartbeat_at: PgTimestamp | null;
  created_at: PgTimestamp;
  started_at: PgTimestamp | null;
  finished_at: PgTimestamp | null;
  error: unknown;
  category: string | null;
  partial: unknown;
  progress: number;
  progress_message: string | null;
}

/** Every attempt of one workflow, in the order they were made. */
export function workflowAttempts(em: EntityManager, workflowId: string): Promise<AttemptView[]> {
  return query<AttemptView>(
    em,
    `select id, workflow_id, stage, stage_index, attempt, state, fence, lease_owner, lease_expires_at, heartbeat_at,
            created_at, started_at, finished_at, error, category, partial, progress, progress_message
     from stage_attempts where workflow_id = ?
     order by created_at, stage_index, attempt`,
    [workflowId],
  );
}
