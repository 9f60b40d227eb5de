import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from './sql.ts';
import type { WorkflowRow } from './rows.ts';

/**
 * Parked workflows whose time has come (RETRYING after backoff, QUOTA_EXCEEDED at retry_at,
 * WAITING past its deadline), locked so that several replicas' schedulers split them without
 * waiting on each other. PostgreSQL's clock decides, never a replica's.
 */
export function lockDueWorkflows(em: EntityManager, limit: number): Promise<WorkflowRow[]> {
  return query<WorkflowRow>(
    em,
    `select * from workflows
     where state in ('RETRYING', 'QUOTA_EXCEEDED', 'WAITING') and next_attempt_at <= now()
     order by next_attempt_at
     limit ? for update skip locked`,
    [limit],
  );
}

/** The last attempt of the workflow's current stage: its input and checkpoint carry over. */
export async function lastAttempt(em: EntityManager, workflowId: string, stageIndex: number) {
  const rows = await query<{ input: unknown; partial: unknown; attempt: number }>(
    em,
    'select input, partial, attempt from stage_attempts where workflow_id = ? and stage_index = ? order by attempt desc limit 1',
    [workflowId, stageIndex],
  );
  return rows[0] ?? null;
}
