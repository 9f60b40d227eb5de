// Original file: sluice/workflow/v1/workflow.proto

/**
 * The states of the workflow state machine. The transition table in
 * services/workflow/src/domain is the only source of truth for which moves are allowed.
 */
export const WorkflowState = {
  WORKFLOW_STATE_UNSPECIFIED: 'WORKFLOW_STATE_UNSPECIFIED',
  /**
   * Accepted and stored; not yet put on the work queue.
   */
  CREATED: 'CREATED',
  /**
   * A stage task is on the work queue, waiting for a worker.
   */
  QUEUED: 'QUEUED',
  /**
   * A worker holds the current stage's lease.
   */
  PROCESSING: 'PROCESSING',
  /**
   * Waiting for an external signal (SignalWorkflow) before the next stage.
   */
  WAITING: 'WAITING',
  /**
   * Parked until the quota resource's grant retry time; partial results are kept.
   */
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  /**
   * The current stage failed with a retryable error; re-queued at `next_attempt_at`.
   */
  RETRYING: 'RETRYING',
  /**
   * Retries are exhausted or the error was internal past its retries. Terminal until RetryWorkflow.
   */
  FAILED: 'FAILED',
  /**
   * Held for a person: by SuspendWorkflow, or a stage failed with invalid input.
   */
  SUSPENDED: 'SUSPENDED',
  /**
   * Some stages completed and the rest were given up; the output holds what was done.
   */
  PARTIALLY_PROCESSED: 'PARTIALLY_PROCESSED',
  /**
   * Every stage completed; `output_json` is the last stage's output. Terminal.
   */
  COMPLETED: 'COMPLETED',
  /**
   * Cancelled by a caller. Terminal.
   */
  CANCELLED: 'CANCELLED',
} as const;

/**
 * The states of the workflow state machine. The transition table in
 * services/workflow/src/domain is the only source of truth for which moves are allowed.
 */
export type WorkflowState =
  | 'WORKFLOW_STATE_UNSPECIFIED'
  | 0
  /**
   * Accepted and stored; not yet put on the work queue.
   */
  | 'CREATED'
  | 1
  /**
   * A stage task is on the work queue, waiting for a worker.
   */
  | 'QUEUED'
  | 2
  /**
   * A worker holds the current stage's lease.
   */
  | 'PROCESSING'
  | 3
  /**
   * Waiting for an external signal (SignalWorkflow) before the next stage.
   */
  | 'WAITING'
  | 4
  /**
   * Parked until the quota resource's grant retry time; partial results are kept.
   */
  | 'QUOTA_EXCEEDED'
  | 5
  /**
   * The current stage failed with a retryable error; re-queued at `next_attempt_at`.
   */
  | 'RETRYING'
  | 6
  /**
   * Retries are exhausted or the error was internal past its retries. Terminal until RetryWorkflow.
   */
  | 'FAILED'
  | 7
  /**
   * Held for a person: by SuspendWorkflow, or a stage failed with invalid input.
   */
  | 'SUSPENDED'
  | 8
  /**
   * Some stages completed and the rest were given up; the output holds what was done.
   */
  | 'PARTIALLY_PROCESSED'
  | 9
  /**
   * Every stage completed; `output_json` is the last stage's output. Terminal.
   */
  | 'COMPLETED'
  | 10
  /**
   * Cancelled by a caller. Terminal.
   */
  | 'CANCELLED'
  | 11

/**
 * The states of the workflow state machine. The transition table in
 * services/workflow/src/domain is the only source of truth for which moves are allowed.
 */
export type WorkflowState__Output = typeof WorkflowState[keyof typeof WorkflowState]
