import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from './sql.ts';
import type { AttemptRow } from './rows.ts';

export interface NewAttempt {
  readonly id: string;
  readonly workflowId: string;
  readonly stage: string;
  readonly stageIndex: number;
  readonly attempt: number;
  readonly input: unknown;
}

export async function insertAttempt(em: EntityManager, a: NewAttempt): Promise<AttemptRow> {
  const row = await queryOne<AttemptRow>(
    em,
    `insert into stage_attempts (id, workflow_id, stage, stage_index, attempt, state, input)
     values (?, ?, ?, ?, ?, 'QUEUED', ?::jsonb) returning *`,
    [a.id, a.workflowId, a.stage, a.stageIndex, a.attempt, JSON.stringify(a.input)],
  );
  return row!;
}
