import type { EntityManager } from '@mikro-orm/postgresql';
import { resolveStages, type StageSpec } from '../domain/definition.ts';
import { findDefinition, findLatestDefinition } from '../store/find-definition.ts';
import type { DefinitionRow, WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';

/**
 * Resolved stages per (type, version). A definition version never changes once stored, so
 * it is read from PostgreSQL once per process instead of on every claim and completion.
 */
export class DefinitionCache {
  readonly #stages = new Map<string, StageSpec[]>();
  readonly #latest = new Map<string, { row: DefinitionRow; at: number }>();
  readonly #refreshing = new Set<string>();
  readonly #limit: number;
  readonly #latestTtlMs: number;

  constructor(limit = 1000, latestTtlMs = 1_000) {
    this.#limit = limit;
    this.#latestTtlMs = latestTtlMs;
  }

  /**
   * The newest version of a type. A version registered through this process is seen at once
   * (`forget`), one registered through another replica within `latestTtlMs` (plus one read):
   * past that age the cached row is still answered and read again in the background, so no
   * claim or creation waits for the refresh. Unknown types are not remembered (a worker may
   * register one any moment).
   */
  async latest(em: EntityManager, type: string): Promise<DefinitionRow | null> {
    const hit = this.#latest.get(type);
    if (hit === undefined) return this.#read(em, type);
    if (Date.now() - hit.at >= this.#latestTtlMs && !this.#refreshing.has(type)) {
      this.#refreshing.add(type);
      void this.#read(em, type)
        .catch(() => undefined) // the next call tries again; the cached row stays valid meanwhile
        .finally(() => this.#refreshing.delete(type));
    }
    return hit.row;
  }

  async #read(em: EntityManager, type: string): Promise<DefinitionRow | null> {
    const at = Date.now();
    const row = await findLatestDefinition(em, type);
    if (row === null) return null;
    if (this.#latest.size >= this.#limit) this.#latest.delete(this.#latest.keys().next().value!);
    this.#latest.set(type, { row, at });
    return row;
  }

  /** A new version of `type` was registered here. */
  forget(type: string): void {
    this.#latest.delete(type);
  }

  async stages(em: EntityManager, deps: Pick<EngineDeps, 'defaults'>, type: string, version: number): Promise<StageSpec[]> {
    const key = `${type}@${version}`;
    const hit = this.#stages.get(key);
    if (hit !== undefined) return hit;
    const row = await findDefinition(em, type, version);
    if (row === null) throw new Error(`definition ${type} v${version} is missing`);
    const stages = resolveStages(row.type, row.stages, null, deps.defaults);
    if (this.#stages.size >= this.#limit) this.#stages.delete(this.#stages.keys().next().value!);
    this.#stages.set(key, stages);
    return stages;
  }
}

/**
 * The stages of the definition version a workflow started with, every policy resolved (a row
 * stored before a field existed gets today's default for it).
 */
export async function stagesOf(em: EntityManager, deps: EngineDeps, wf: WorkflowRow): Promise<StageSpec[]> {
  return deps.definitions.stages(em, deps, wf.type, wf.definition_version);
}

export async function stageSpecOf(em: EntityManager, deps: EngineDeps, wf: WorkflowRow, stageIndex: number): Promise<StageSpec> {
  const spec = (await stagesOf(em, deps, wf))[stageIndex];
  if (spec === undefined) throw new Error(`workflow ${wf.id} has no stage ${stageIndex}`);
  return spec;
}
