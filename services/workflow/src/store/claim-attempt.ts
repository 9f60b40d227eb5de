import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';
import type { AttemptRow } from './rows.ts';

/**
 * Takes a queued attempt under a lease: a new fencing token from the monotonic sequence and an
 * expiry from the PostgreSQL clock (never the caller's). Returns null when the attempt is not
 * QUEUED any more (already claimed, done or cancelled).
 */
export function claimAttempt(em: EntityManager, attemptId: string, owner: string, ttlMs: number, timeoutMs: number): Promise<AttemptRow | null> {
  return queryOne<AttemptRow>(
    em,
    `update stage_attempts set
       state = 'RUNNING', fence = nextval('fence_seq'), lease_owner = ?, lease_ttl_ms = ?, timeout_ms = ?,
       lease_expires_at = now() + make_interval(secs => ?::double precision / 1000), started_at = now(), heartbeat_at = now()
     where id = ? and state = 'QUEUED'
     returning *`,
    [owner, ttlMs, timeoutMs, ttlMs, attemptId],
  );
}

export function findAttempt(em: EntityManager, attemptId: string): Promise<AttemptRow | null> {
  return queryOne<AttemptRow>(em, 'select * from stage_attempts where id = ?', [attemptId]);
}
