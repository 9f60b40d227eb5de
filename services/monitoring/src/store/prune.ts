import type { EntityManager } from '@sluice/db';
import { queryOne } from './sql.ts';

/** Forgets event ids and per-minute counts older than the retention; returns how many rows went. */
export async function prune(em: EntityManager, retentionMs: number): Promise<{ events: number; minutes: number }> {
  const row = await queryOne<{ events: string; minutes: string }>(
    em,
    `with cutoff as (select now() - (?::bigint * interval '1 millisecond') as at),
       e as (delete from processed_events where processed_at < (select at from cutoff) returning 1),
       m as (delete from metric_minutes where minute < (select at from cutoff) returning 1)
     select (select count(*) from e)::text as events, (select count(*) from m)::text as minutes`,
    [retentionMs],
  );
  return { events: Number(row?.events ?? 0), minutes: Number(row?.minutes ?? 0) };
}
