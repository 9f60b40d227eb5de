import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';
import type { WorkflowRow } from './rows.ts';
import type { WorkflowState } from '../domain/states.ts';

export interface StatePatch {
  readonly to: WorkflowState;
  readonly currentStage?: string | null;
  readonly stageIndex?: number;
  readonly output?: unknown;
  readonly finished?: boolean;
}

/**
 * The optimistic version check: the row changes only if nobody changed it since `version`
 * was read. Returns null when the version moved on (the caller raises CONFLICT).
 */
export function updateWorkflowState(em: EntityManager, id: string, version: number, patch: StatePatch): Promise<WorkflowRow | null> {
  return queryOne<WorkflowRow>(
    em,
    `update workflows set
       state = ?,
       current_stage = case when ?::boolean then ? else current_stage end,
       stage_index = coalesce(?, stage_index),
       output = case when ?::boolean then ?::jsonb else output end,
       finished_at = case when ?::boolean then now() else finished_at end,
       version = version + 1,
       updated_at = now()
     where id = ? and version = ?
     returning *`,
    [
      patch.to,
      patch.currentStage !== undefined,
      patch.currentStage ?? null,
      patch.stageIndex ?? null,
      patch.output !== undefined,
      patch.output === undefined ? null : JSON.stringify(patch.output),
      patch.finished === true,
      id,
      version,
    ],
  );
}
