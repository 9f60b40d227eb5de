import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';
import type { AttemptRow } from './rows.ts';

export interface ClaimLimits {
  /** Attempts of this stage running at once, all tenants; 0 = unlimited. */
  readonly stage: number;
  /** Attempts of this workflow type running at once, all tenants; 0 = unlimited. */
  readonly type: number;
  /** Attempts of this workflow type running at once for one tenant; 0 = unlimited. */
  readonly perTenant: number;
}

/**
 * The queued attempt of (type, stage) to run next: highest priority, then oldest, among those
 * whose stage, type and tenant are under their concurrency limits; locked (SKIP LOCKED, so
 * concurrent claims take different rows). With a limit set, claims of the type are serialised
 * first (advisory lock), so that two claims cannot both see room for one more.
 */
export async function lockNextQueuedAttempt(em: EntityManager, type: string, stage: string, limits: ClaimLimits): Promise<AttemptRow | null> {
  if (limits.stage > 0 || limits.type > 0 || limits.perTenant > 0) {
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`sluice.claim.${type}`]);
  }
  return queryOne<AttemptRow>(
    em,
    `select a.* from stage_attempts a
     where a.state = 'QUEUED' and a.workflow_type = ? and a.stage = ?
       and (?::int = 0 or (select count(*) from stage_attempts r where r.state = 'RUNNING' and r.workflow_type = a.workflow_type and r.stage = a.stage) < ?::int)
       and (?::int = 0 or (select count(*) from stage_attempts r where r.state = 'RUNNING' and r.workflow_type = a.workflow_type) < ?::int)
       and (?::int = 0 or (select count(*) from stage_attempts r where r.state = 'RUNNING' and r.workflow_type = a.workflow_type and r.tenant_id = a.tenant_id) < ?::int)
     order by a.priority desc, a.created_at
     limit 1
     for update of a skip locked`,
    [type, stage, limits.stage, limits.stage, limits.type, limits.type, limits.perTenant, limits.perTenant],
  );
}

export async function anyQueued(em: EntityManager, type: string, stage: string): Promise<boolean> {
  const row = await queryOne<{ queued: boolean }>(em, "select exists (select 1 from stage_attempts where state = 'QUEUED' and workflow_type = ? and stage = ?) as queued", [type, stage]);
  return row?.queued === true;
}
