import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Creates the service's schema unless it exists. The existence check comes first because
 * `create schema if not exists` still demands CREATE on the database, which a service role
 * whose schema a DBA made beforehand need not have. Two replicas starting together can both
 * miss the schema and race on the create: the loser's 42P06 (or 23505 on pg_namespace) means
 * the schema is there, which is all we wanted.
 */
export async function ensureSchema(em: EntityManager, schema: string): Promise<void> {
  const rows = await em.execute<{ found: number }[]>('select 1 as found from pg_namespace where nspname = ?', [schema]);
  if (rows.length > 0) return;
  try {
    await em.execute(`create schema "${schema}"`);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code !== '42P06' && code !== '23505') throw err;
  }
}
