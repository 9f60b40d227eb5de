import { CompiledQuery } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';

const cache = new Map<string, string>();

/**
 * `?` placeholders → `$1, $2, …`, so that values travel as bind parameters instead of being
 * escaped into the SQL text. Memoised: a service has a fixed set of statements. A literal `?`
 * (a jsonb operator) is not supported; write `jsonb_exists(...)` instead.
 */
function numbered(sql: string): string {
  let out = cache.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    if (cache.size < 10_000) cache.set(sql, out);
  }
  return out;
}

/**
 * Runs one SQL statement in `em`'s current transaction (or on the pool outside one) and returns
 * its rows: the statement as written, `?` placeholders, values sent as bind parameters (a JS
 * array becomes a PostgreSQL array, an object its JSON). It bypasses the ORM's query
 * formatting, which escapes every value into the text; hot paths and large payloads want this.
 */
export async function query<T>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const ctx = (em.getTransactionContext() ?? em.getConnection().getClient()) as { executeQuery(q: CompiledQuery): Promise<{ rows: unknown[] }> };
  const result = await ctx.executeQuery(CompiledQuery.raw(numbered(sql), params as unknown[]));
  return result.rows as T[];
}

/** The first row of `query(...)`, or null. */
export async function queryOne<T>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T | null> {
  return (await query<T>(em, sql, params))[0] ?? null;
}

/**
 * A transaction-scoped advisory lock on `key` (hashed with `hashtext`): transactions taking the
 * same key queue here until the holder commits or rolls back. Call it inside a transaction.
 */
export async function advisoryXactLock(em: EntityManager, key: string): Promise<void> {
  await query(em, 'select pg_advisory_xact_lock(hashtext(?))', [key]);
}
