import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne } from './sql.ts';
import type { DefinitionRow } from './rows.ts';

export function findLatestDefinition(em: EntityManager, type: string): Promise<DefinitionRow | null> {
  return queryOne<DefinitionRow>(em, 'select type, version, stages, options from definitions where type = ? order by version desc limit 1', [type]);
}

export function findDefinition(em: EntityManager, type: string, version: number): Promise<DefinitionRow | null> {
  return queryOne<DefinitionRow>(em, 'select type, version, stages, options from definitions where type = ? and version = ?', [type, version]);
}

/**
 * The latest version of each type, in byte order of the type name (the "C" collation: the same
 * on every server, whatever its locale), after `afterType` (null = from the first).
 */
export async function listLatestDefinitions(em: EntityManager, afterType: string | null, limit: number): Promise<DefinitionRow[]> {
  return query<DefinitionRow>(
    em,
    `select distinct on (type collate "C") type, version, stages, options from definitions
     where type collate "C" > ? order by type collate "C", version desc limit ?`,
    [afterType ?? '', limit],
  );
}
