import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';
import type { AttemptRow } from './rows.ts';

export interface NewAttempt {
  readonly id: string;
  readonly workflowId: string;
  readonly tenantId: string;
  readonly workflowType: string;
  readonly priority: number;
  readonly stage: string;
  readonly stageIndex: number;
  readonly attempt: number;
  readonly input: unknown;
  /** A checkpoint carried over from the previous attempt of the stage. */
  readonly partial: unknown;
}

export async function insertAttempt(em: EntityManager, a: NewAttempt): Promise<AttemptRow> {
  const row = await queryOne<AttemptRow>(
    em,
    `insert into stage_attempts (id, workflow_id, tenant_id, workflow_type, priority, stage, stage_index, attempt, state, input, partial)
     values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?::jsonb, ?::jsonb) returning *`,
    [a.id, a.workflowId, a.tenantId, a.workflowType, a.priority, a.stage, a.stageIndex, a.attempt, JSON.stringify(a.input), a.partial === undefined || a.partial === null ? null : JSON.stringify(a.partial)],
  );
  return row!;
}
