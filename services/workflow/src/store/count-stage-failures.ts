import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';

/**
 * Failed tries of one stage of one run that count against its retry policy: failures other
 * than rate limits (a quota wait is not the stage's fault) and leases that ran out (a worker
 * that crashes on some input must not be handed it forever). Only since `since`: a person's
 * retry gives the stage its attempts again.
 */
export async function countStageFailures(em: EntityManager, workflowId: string, stageIndex: number, since: string | null): Promise<number> {
  const row = await queryOne<{ n: string }>(
    em,
    `select count(*) as n from stage_attempts
     where workflow_id = ? and stage_index = ? and created_at >= coalesce(?::timestamptz, '-infinity')
       and ((state = 'FAILED' and category is distinct from 'rate_limited') or state = 'EXPIRED')`,
    [workflowId, stageIndex, since],
  );
  return Number(row?.n ?? 0);
}
