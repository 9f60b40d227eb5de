import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from './sql.ts';
import type { AttemptRow } from './rows.ts';

/**
 * Running attempts past their stage's timeout, failed in the same statement (transient
 * STAGE_TIMEOUT): a worker that still heartbeats a stuck handler loses the lease at its next
 * beat and can write nothing more. SKIP LOCKED, PostgreSQL's clock, as for expired leases.
 */
export function failTimedOutAttempts(em: EntityManager, limit: number): Promise<AttemptRow[]> {
  return query<AttemptRow>(
    em,
    `update stage_attempts set state = 'FAILED', category = 'transient', finished_at = now(), lease_expires_at = null,
       error = jsonb_build_object('code', 'STAGE_TIMEOUT', 'message', 'the stage ran longer than its timeout of ' || timeout_ms || ' ms')
     where id in (
       select id from stage_attempts
       where state = 'RUNNING' and timeout_ms > 0 and started_at + make_interval(secs => timeout_ms / 1000.0) < now()
       order by started_at
       limit ? for update skip locked)
     returning *`,
    [limit],
  );
}
