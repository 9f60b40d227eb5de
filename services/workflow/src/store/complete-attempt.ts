import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from './sql.ts';
import type { AttemptRow } from './rows.ts';

/**
 * Fenced writes, any number in one statement: each lands only while the caller's token is the
 * attempt's current one and the attempt is still RUNNING. Returns the attempts that were
 * completed, by id; one missing lost its lease (the caller raises LEASE_LOST for it).
 */
export async function completeAttempts(em: EntityManager, items: ReadonlyArray<{ attemptId: string; fence: string; output: unknown }>): Promise<Map<string, AttemptRow>> {
  if (items.length === 0) return new Map();
  const rows = await query<AttemptRow>(
    em,
    `update stage_attempts a set state = 'COMPLETED', output = coalesce(x.output, 'null'::jsonb), finished_at = now(), lease_expires_at = null
     from jsonb_to_recordset(?::jsonb) as x("attemptId" uuid, fence bigint, output jsonb)
     where a.id = x."attemptId" and a.fence = x.fence and a.state = 'RUNNING'
     returning a.*`,
    [JSON.stringify(items.map((i) => ({ attemptId: i.attemptId, fence: i.fence, output: i.output ?? null })))],
  );
  return new Map(rows.map((r) => [r.id, r]));
}
