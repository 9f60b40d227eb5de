import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';
import type { AttemptRow } from './rows.ts';

/** Fenced, like every worker write: lands only while `fence` holds the RUNNING attempt. */
export function failAttempt(em: EntityManager, attemptId: string, fence: string, failure: { category: string; error: unknown; partial: unknown }): Promise<AttemptRow | null> {
  return queryOne<AttemptRow>(
    em,
    `update stage_attempts set state = 'FAILED', category = ?, error = ?::jsonb,
       partial = coalesce(?::jsonb, partial), finished_at = now(), lease_expires_at = null
     where id = ? and fence = ?::bigint and state = 'RUNNING'
     returning *`,
    [failure.category, JSON.stringify(failure.error), failure.partial === undefined ? null : JSON.stringify(failure.partial), attemptId, fence],
  );
}
