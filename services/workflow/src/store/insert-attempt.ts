import type { EntityManager } from '@mikro-orm/postgresql';
import { attemptPrioritySql, query } from './sql.ts';
import type { AttemptRow } from './rows.ts';

export interface NewAttempt {
  readonly id: string;
  readonly workflowId: string;
  readonly tenantId: string;
  readonly workflowType: string;
  readonly definitionVersion: number;
  /** The workflow's own priority; null = the stage's default, from the definition. */
  readonly workflowPriority: number | null;
  readonly stage: string;
  readonly stageIndex: number;
  readonly attempt: number;
  readonly input: unknown;
  /** A checkpoint carried over from the previous attempt of the stage. */
  readonly partial: unknown;
}

/**
 * New QUEUED attempts, any number in one statement, each at its priority (the workflow's, else
 * the stage's default); returned in the order of `attempts`.
 */
export async function insertAttempts(em: EntityManager, attempts: readonly NewAttempt[]): Promise<AttemptRow[]> {
  if (attempts.length === 0) return [];
  const rows = await query<AttemptRow>(
    em,
    `insert into stage_attempts (id, workflow_id, tenant_id, workflow_type, priority, stage, stage_index, attempt, state, input, partial)
     select x.id, x."workflowId", x."tenantId", x."workflowType",
       ${attemptPrioritySql('x."workflowPriority"', '(select d.stages->x."stageIndex" from definitions d where d.type = x."workflowType" and d.version = x."definitionVersion")')},
       x.stage, x."stageIndex", x.attempt, 'QUEUED', coalesce(x.input, 'null'::jsonb), x.partial
     from jsonb_to_recordset(?::jsonb)
       as x(id uuid, "workflowId" uuid, "tenantId" text, "workflowType" text, "definitionVersion" int, "workflowPriority" int, stage text, "stageIndex" int,
            attempt int, input jsonb, partial jsonb)
     returning *`,
    [JSON.stringify(attempts.map((a) => ({ ...a, input: a.input ?? null, partial: a.partial ?? null })))],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return attempts.map((a) => byId.get(a.id)!);
}
