import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';
import type { AttemptRow } from './rows.ts';

/**
 * A fenced write: it lands only while the caller's token is the attempt's current one and
 * the attempt is still RUNNING. Returns null otherwise (the caller raises LEASE_LOST).
 */
export function completeAttempt(em: EntityManager, attemptId: string, fence: string, output: unknown): Promise<AttemptRow | null> {
  return queryOne<AttemptRow>(
    em,
    `update stage_attempts set state = 'COMPLETED', output = ?::jsonb, finished_at = now(), lease_expires_at = null
     where id = ? and fence = ?::bigint and state = 'RUNNING'
     returning *`,
    [JSON.stringify(output ?? null), attemptId, fence],
  );
}
