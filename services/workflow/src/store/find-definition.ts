import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';
import type { DefinitionRow } from './rows.ts';

export function findLatestDefinition(em: EntityManager, type: string): Promise<DefinitionRow | null> {
  return queryOne<DefinitionRow>(em, 'select type, version, stages, options from definitions where type = ? order by version desc limit 1', [type]);
}

export function findDefinition(em: EntityManager, type: string, version: number): Promise<DefinitionRow | null> {
  return queryOne<DefinitionRow>(em, 'select type, version, stages, options from definitions where type = ? and version = ?', [type, version]);
}
