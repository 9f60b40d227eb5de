import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from './sql.ts';
import type { AttemptRow } from './rows.ts';

/**
 * Running attempts whose lease ran out, marked EXPIRED in the same statement: a late write
 * from their worker then matches no RUNNING row (LEASE_LOST). SKIP LOCKED lets several
 * reapers (one per replica) share the work; the PostgreSQL clock decides what expired.
 */
export function expireLeases(em: EntityManager, limit: number): Promise<AttemptRow[]> {
  return query<AttemptRow>(
    em,
    `update stage_attempts set state = 'EXPIRED', finished_at = now(),
       error = jsonb_build_object('code', 'LEASE_EXPIRED', 'message', 'the lease of ' || coalesce(lease_owner, 'an unknown worker') || ' expired without a heartbeat')
     where id in (
       select id from stage_attempts
       where state = 'RUNNING' and lease_expires_at < now()
       order by lease_expires_at
       limit ? for update skip locked)
     returning *`,
    [limit],
  );
}
