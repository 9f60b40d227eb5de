import type { WorkflowState } from '../domain/states.ts';

/**
 * Row shapes as raw queries return them: snake_case, jsonb parsed, bigint as string, and
 * timestamptz as PostgreSQL's text (MikroORM leaves dates unparsed on raw queries).
 */
export type PgTimestamp = string;

export interface WorkflowRow {
  id: string;
  tenant_id: string;
  type: string;
  definition_version: number;
  state: WorkflowState;
  current_stage: string | null;
  stage_index: number;
  input: unknown;
  output: unknown;
  priority: number;
  version: number;
  retry_count: number;
  last_error: unknown;
  created_at: PgTimestamp;
  updated_at: PgTimestamp;
}

export interface AttemptRow {
  id: string;
  workflow_id: string;
  stage: string;
  stage_index: number;
  attempt: number;
  state: 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';
  fence: string | null;
  lease_owner: string | null;
  lease_expires_at: PgTimestamp | null;
  input: unknown;
  output: unknown;
}

export interface StageSpec {
  readonly name: string;
}

export interface DefinitionRow {
  type: string;
  version: number;
  stages: StageSpec[];
}
