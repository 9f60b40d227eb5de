import type { EntityManager } from '@sluice/db';

/** Runs one SQL statement (`?` placeholders) in the entity manager's current transaction and returns its rows. */
export async function query<T>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  return (await em.execute(sql, params as unknown[], 'all')) as T[];
}

export async function queryOne<T>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T | null> {
  return (await query<T>(em, sql, params))[0] ?? null;
}
