import type { EntityManager } from '@sluice/db';
import type { Price } from '../domain/amounts.ts';
import { query, queryOne } from './sql.ts';
import type { ResourceRow } from './rows.ts';

export interface ResourceSpec {
  readonly name: string;
  readonly description: string;
  readonly prices: readonly Price[];
}

/** Creates the resource or replaces its description and prices; what upstreams said stays. */
export async function upsertResource(em: EntityManager, spec: ResourceSpec): Promise<ResourceRow> {
  const row = await queryOne<ResourceRow>(
    em,
    `insert into resources (name, description, prices) values (?, ?, ?::jsonb)
     on conflict (name) do update set description = excluded.description, prices = excluded.prices, updated_at = now()
     returning *`,
    [spec.name, spec.description, JSON.stringify(spec.prices)],
  );
  return row!;
}

export function findResource(em: EntityManager, name: string): Promise<ResourceRow | null> {
  return queryOne<ResourceRow>(em, 'select * from resources where name = ?', [name]);
}

export function listResources(em: EntityManager): Promise<ResourceRow[]> {
  return query<ResourceRow>(em, 'select * from resources order by name');
}

/** Deletes the resource and its limits (cascade); grants and the ledger keep their lines. */
export async function deleteResource(em: EntityManager, name: string): Promise<{ deleted: boolean; limitsDeleted: number }> {
  return em.transactional(async (tx) => {
    const [count] = await query<{ n: string }>(tx, 'select count(*) as n from limits where resource = ?', [name]);
    const rows = await query(tx, 'delete from resources where name = ? returning name', [name]);
    return { deleted: rows.length > 0, limitsDeleted: rows.length > 0 ? Number(count!.n) : 0 };
  });
}

/**
 * What an upstream said: refuse everything until `backoffMs` from now, and/or scale the global
 * rolling limits for `factorMs`. A barrier also empties the resource's global rolling buckets
 * as of its end (TAT moved there), so that grants resume one emission interval apart instead of
 * all at once when it lifts (future-dated grants included).
 */
export async function tightenResource(
  em: EntityManager,
  name: string,
  change: { backoffMs: number; rateFactor: number | null; factorMs: number },
): Promise<ResourceRow | null> {
  return em.transactional(async (tx) => {
    const row = await queryOne<ResourceRow>(
      tx,
      `update resources set
         backoff_until_us = greatest(backoff_until_us, extract(epoch from clock_timestamp()) * 1e6 + ?::float8 * 1000),
         rate_factor = case when ?::float8 is null then rate_factor
                            when rate_factor_until_us > extract(epoch from clock_timestamp()) * 1e6 then greatest(0.25, rate_factor * ?::float8)
                            else greatest(0.25, ?::float8) end,
         rate_factor_until_us = case when ?::float8 is null then rate_factor_until_us
                            else extract(epoch from clock_timestamp()) * 1e6 + ?::float8 * 1000 end
       where name = ? returning *`,
      [change.backoffMs, change.rateFactor, change.rateFactor, change.rateFactor, change.rateFactor, change.factorMs, name],
    );
    if (row === null || change.backoffMs <= 0) return row;
    await query(
      tx,
      `insert into buckets (limit_id, partition)
       select id, '' from limits where resource = ? and scope = 'GLOBAL' and window_kind = 'ROLLING' order by id
       on conflict do nothing`,
      [name],
    );
    // An empty bucket at the barrier's end: TAT = end + (burst - 1) emission intervals.
    await query(
      tx,
      `update buckets b set tat_us = greatest(b.tat_us, ?::float8 + (case when l.burst > 0 then l.burst else l.amount end - 1) * (l.window_ms * 1000.0 / l.amount))
       from limits l where l.id = b.limit_id and b.partition = '' and l.resource = ? and l.scope = 'GLOBAL' and l.window_kind = 'ROLLING'`,
      [Number(row.backoff_until_us), name],
    );
    return row;
  });
}
