import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';

/**
 * Failed tries of one stage of one run that count against its retry policy: failures other
 * than rate limits (a quota wait is not the stage's fault) and leases that ran out (a worker
 * that crashes on some input must not be handed it forever).
 */
export async function countStageFailures(em: EntityManager, workflowId: string, stageIndex: number): Promise<number> {
  const row = await queryOne<{ n: string }>(
    em,
    `select count(*) as n from stage_attempts
     where workflow_id = ? and stage_index = ?
       and ((state = 'FAILED' and category is distinct from 'rate_limited') or state = 'EXPIRED')`,
    [workflowId, stageIndex],
  );
  return Number(row?.n ?? 0);
}
