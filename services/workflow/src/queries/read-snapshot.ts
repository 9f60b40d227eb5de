import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

/**
 * Runs a read in one read-only REPEATABLE READ transaction: the several queries behind a
 * metrics answer or an explanation then see one snapshot (state counts that add up, an
 * attempt that matches its workflow) and one now().
 */
export function readSnapshot<T>(orm: MikroORM, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return orm.em.fork().transactional((em) => fn(em), { readOnly: true, isolationLevel: 'repeatable read' });
}
