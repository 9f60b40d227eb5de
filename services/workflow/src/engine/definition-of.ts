import type { EntityManager } from '@mikro-orm/postgresql';
import { resolveStages, type StageSpec } from '../domain/definition.ts';
import { findDefinition } from '../store/find-definition.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';

/**
 * The stages of the definition version a workflow started with, every policy resolved (a row
 * stored before a field existed gets today's default for it).
 */
export async function stagesOf(em: EntityManager, deps: EngineDeps, wf: WorkflowRow): Promise<StageSpec[]> {
  const row = await findDefinition(em, wf.type, wf.definition_version);
  if (row === null) throw new Error(`definition ${wf.type} v${wf.definition_version} of workflow ${wf.id} is missing`);
  return resolveStages(row.type, row.stages, null, deps.defaults);
}

export async function stageSpecOf(em: EntityManager, deps: EngineDeps, wf: WorkflowRow, stageIndex: number): Promise<StageSpec> {
  const spec = (await stagesOf(em, deps, wf))[stageIndex];
  if (spec === undefined) throw new Error(`workflow ${wf.id} has no stage ${stageIndex}`);
  return spec;
}
