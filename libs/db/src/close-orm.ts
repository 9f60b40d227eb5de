import type { Orm } from './create-orm.ts';

/**
 * Closes the pool; the last step of a service's shutdown (STYLE.md §10), after NATS has
 * drained, because the outbox relay's final batch still needs the database.
 */
export async function closeOrm(orm: Orm): Promise<void> {
  await orm.close();
}
