import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne } from './sql.ts';
import type { AttemptRow } from './rows.ts';

// The fenced writes a worker makes while it holds a lease. Each is one conditional UPDATE:
// a token that is not the attempt's current one, or an attempt no longer RUNNING, matches no
// row, and the caller answers LEASE_LOST having changed nothing.

export function saveProgress(em: EntityManager, attemptId: string, fence: string, percent: number, message: string): Promise<AttemptRow | null> {
  return queryOne<AttemptRow>(
    em,
    `update stage_attempts set progress = ?, progress_message = ?, heartbeat_at = now()
     where id = ? and fence = ?::bigint and state = 'RUNNING' returning *`,
    [Math.round(percent), message === '' ? null : message, attemptId, fence],
  );
}

export function savePartial(em: EntityManager, attemptId: string, fence: string, partial: unknown): Promise<AttemptRow | null> {
  return queryOne<AttemptRow>(
    em,
    `update stage_attempts set partial = ?::jsonb, heartbeat_at = now()
     where id = ? and fence = ?::bigint and state = 'RUNNING' returning *`,
    [JSON.stringify(partial), attemptId, fence],
  );
}

export function releaseAttempt(em: EntityManager, attemptId: string, fence: string, reason: string): Promise<AttemptRow | null> {
  return queryOne<AttemptRow>(
    em,
    `update stage_attempts set state = 'RELEASED', error = ?::jsonb, finished_at = now(), lease_expires_at = null
     where id = ? and fence = ?::bigint and state = 'RUNNING' returning *`,
    [JSON.stringify({ code: 'RELEASED', message: reason }), attemptId, fence],
  );
}

export interface HeartbeatResult {
  id: string;
  lease_expires_at: string;
  cancel_requested: boolean;
}

/**
 * Extends many leases in one statement (a worker heartbeats all its leases at once). Only
 * leases whose fence still matches are extended; the rest are absent from the result.
 * `ttlMs` 0 means the TTL the attempt was claimed with.
 */
export function extendLeases(em: EntityManager, leases: ReadonlyArray<{ attemptId: string; fence: string; ttlMs: number }>): Promise<HeartbeatResult[]> {
  if (leases.length === 0) return Promise.resolve([]);
  return query<HeartbeatResult>(
    em,
    `update stage_attempts a set
       lease_expires_at = now() + make_interval(secs => coalesce(nullif(l.ttl_ms, 0), a.lease_ttl_ms, 30000) / 1000.0), heartbeat_at = now()
     from jsonb_to_recordset(?::jsonb) as l(id uuid, fence bigint, ttl_ms int), workflows w
     where a.id = l.id and a.fence = l.fence and a.state = 'RUNNING' and w.id = a.workflow_id
     returning a.id, a.lease_expires_at, (w.stop_requested is not null) as cancel_requested`,
    // One JSON parameter: the ORM would spread a JS array into a list of placeholders.
    [JSON.stringify(leases.map((l) => ({ id: l.attemptId, fence: l.fence, ttl_ms: l.ttlMs })))],
  );
}
