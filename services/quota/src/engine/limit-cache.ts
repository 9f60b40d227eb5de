import type { ResourceState } from '../domain/decide.ts';
import { resourceStates, type LimitRow, type ResourceRow } from '../store/rows.ts';
import type { Run } from '../store/run.ts';

const LOAD = `select (select version from config_version where id = 1) as version,
  (select coalesce(json_agg(r), '[]') from resources r) as resources,
  (select coalesce(json_agg(l), '[]') from limits l) as limits`;

/**
 * Every resource with its limits and tightening, kept in memory by one replica and checked
 * against config_version on every tick (the tick's read returns it): a change made through any
 * replica applies from the next decision, and a tick does not read the limits otherwise.
 */
export class LimitCache {
  #version = -1;
  #resources = new Map<string, ResourceState>();

  get version(): number {
    return this.#version;
  }

  get(name: string): ResourceState | undefined {
    return this.#resources.get(name);
  }

  async reload(run: Run): Promise<void> {
    const [row] = await run<{ version: string; resources: ResourceRow[]; limits: LimitRow[] }>('quota_load_limits', LOAD, []);
    this.#resources = resourceStates(row!.resources, row!.limits);
    this.#version = Number(row!.version);
  }
}
