import type { WorkflowState } from '../domain/states.ts';
import type { DefinitionOptions, StageSpec } from '../domain/definition.ts';

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
  /** The priority given at creation; null: each stage's default (attemptPriority). */
  priority: number | null;
  version: number;
  retry_count: number;
  last_error: unknown;
  created_at: PgTimestamp;
  updated_at: PgTimestamp;
  finished_at: PgTimestamp | null;
  next_attempt_at: PgTimestamp | null;
  progress: number;
  progress_message: string | null;
  partial: unknown;
  wait_signal: string | null;
  suspend_reason: string | null;
  /** A person asked a PROCESSING workflow to stop: the state it goes to once its worker lets go (CANCELLED or SUSPENDED). */
  stop_requested: WorkflowState | null;
  /** Failures before this time (a person's retry or resume) no longer count against the retry policy. */
  attempts_since: PgTimestamp | null;
  stage_attempt: number;
  /** A stage finished with some items not done: the run ends PARTIALLY_PROCESSED. */
  incomplete: boolean;
}

/** The columns a Workflow message carries (rpc/to-message.ts workflowMessage). */
export type WorkflowView = Pick<
  WorkflowRow,
  'id' | 'tenant_id' | 'type' | 'state' | 'current_stage' | 'input' | 'output' | 'priority' | 'version' | 'created_at' | 'updated_at' | 'retry_count' | 'last_error' | 'next_attempt_at' | 'definition_version'
>;

export interface AttemptRow {
  id: string;
  workflow_id: string;
  stage: string;
  stage_index: number;
  attempt: number;
  state: AttemptStateName;
  fence: string | null;
  lease_owner: string | null;
  lease_expires_at: PgTimestamp | null;
  input: unknown;
  output: unknown;
  /** The priority it is queued at: the workflow's, else the stage's default. */
  priority: number;
  heartbeat_at: PgTimestamp | null;
  error: unknown;
  category: string | null;
  partial: unknown;
  progress: number;
  started_at: PgTimestamp | null;
  timeout_ms: number;
}

/**
 * QUEUED: on the work queue; RUNNING: leased; RELEASED: given back by its worker; EXPIRED: the
 * lease ran out (the reaper queued a new attempt); CANCELLED: the workflow was cancelled;
 * WAITING: the stage asked to wait for a signal (it runs again when the signal comes).
 */
export type AttemptStateName = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'RELEASED' | 'EXPIRED' | 'CANCELLED' | 'WAITING';

export interface DefinitionRow {
  type: string;
  version: number;
  stages: StageSpec[];
  options: Partial<DefinitionOptions>;
}
