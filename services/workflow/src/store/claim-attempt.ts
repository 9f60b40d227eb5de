import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne } from './sql.ts';
import type { AttemptRow } from './rows.ts';

export interface LeaseRequest {
  readonly id: string;
  readonly ttlMs: number;
  readonly timeoutMs: number;
}

/**
 * Takes queued attempts under leases, in one statement: each a new fencing token from the
 * monotonic sequence and an expiry from the PostgreSQL clock (never the caller's). An attempt
 * that is not QUEUED any more (already claimed, done or cancelled) is left out of the result.
 */
export function claimAttempts(em: EntityManager, owner: string, leases: readonly LeaseRequest[]): Promise<AttemptRow[]> {
  if (leases.length === 0) return Promise.resolve([]);
  return query<AttemptRow>(
    em,
    `update stage_attempts a set
       state = 'RUNNING', fence = nextval('fence_seq'), lease_owner = ?, lease_ttl_ms = x."ttlMs", timeout_ms = x."timeoutMs",
       lease_expires_at = now() + make_interval(secs => x."ttlMs"::double precision / 1000), started_at = now(), heartbeat_at = now()
     from jsonb_to_recordset(?::jsonb) as x(id uuid, "ttlMs" int, "timeoutMs" int)
     where a.id = x.id and a.state = 'QUEUED'
     returning a.*`,
    [owner, JSON.stringify(leases)],
  );
}

export function findAttempt(em: EntityManager, attemptId: string): Promise<AttemptRow | null> {
  return queryOne<AttemptRow>(em, 'select * from stage_attempts where id = ?', [attemptId]);
}
