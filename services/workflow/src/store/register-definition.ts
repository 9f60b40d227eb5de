import type { EntityManager } from '@mikro-orm/postgresql';
import { isDeepStrictEqual } from 'node:util';
import { queryOne } from './sql.ts';
import { findLatestDefinition } from './find-definition.ts';
import type { DefinitionRow } from './rows.ts';
import type { DefinitionOptions, StageSpec } from '../domain/definition.ts';
import { advisoryXactLock } from '@sluice/db';

/**
 * Registers a workflow type: the same resolved stages and options as the latest version
 * return that version; anything different makes a new version (running workflows keep the
 * version they started with). A transaction-scoped advisory lock serialises registrations of
 * one type across replicas.
 */
export async function registerDefinition(em: EntityManager, type: string, stages: readonly StageSpec[], options: DefinitionOptions): Promise<DefinitionRow> {
  await advisoryXactLock(em, `sluice.definition.${type}`);
  const latest = await findLatestDefinition(em, type);
  if (latest !== null && isDeepStrictEqual(latest.stages, stages) && isDeepStrictEqual(latest.options, options)) return latest;
  const row = await queryOne<DefinitionRow>(
    em,
    'insert into definitions (type, version, stages, options) values (?, ?, ?::jsonb, ?::jsonb) returning type, version, stages, options',
    [type, (latest?.version ?? 0) + 1, JSON.stringify(stages), JSON.stringify(options)],
  );
  return row!;
}
