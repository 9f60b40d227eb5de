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
  priority: number;
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

const COLUMNS = `id, workflow_id, stage, stage_index, attempt, priority, state, fence, lease_owner, lease_expires_at, heartbeat_at,
  created_at, started_at, finished_at, error, category, partial, progress, progress_message`;

/** Every attempt of one workflow, in the order they were made. */
export function workflowAttempts(em: EntityManager, workflowId: string): Promise<AttemptView[]> {
  return query<AttemptView>(em, `select ${COLUMNS} from stage_attempts where workflow_id = ? order by created_at, stage_index, attempt`, [workflowId]);
}

/** One page of a workflow's attempts, oldest first in (created_at, id) order, after the attempt `afterId` (null = from the first). */
export function workflowAttemptsPage(em: EntityManager, workflowId: string, afterId: string | null, limit: number): Promise<AttemptView[]> {
  return query<AttemptView>(
    em,
    `select ${COLUMNS} from stage_attempts a
     where a.workflow_id = ?
       and (?::uuid is null or (a.created_at, a.id) > (select b.created_at, b.id from stage_attempts b where b.id = ?::uuid))
     order by a.created_at, a.id limit ?`,
    [workflowId, afterId, afterId, limit],
  );
}
