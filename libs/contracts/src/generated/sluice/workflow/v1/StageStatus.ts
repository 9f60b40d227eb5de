// Original file: sluice/workflow/v1/workflow.proto

/**
 * Where a stage stands within one workflow (ExplainWorkflow).
 */
export const StageStatus = {
  STAGE_STATUS_UNSPECIFIED: 'STAGE_STATUS_UNSPECIFIED',
  STAGE_STATUS_NOT_STARTED: 'STAGE_STATUS_NOT_STARTED',
  STAGE_STATUS_RUNNING: 'STAGE_STATUS_RUNNING',
  STAGE_STATUS_WAITING: 'STAGE_STATUS_WAITING',
  STAGE_STATUS_COMPLETED: 'STAGE_STATUS_COMPLETED',
  STAGE_STATUS_FAILED: 'STAGE_STATUS_FAILED',
  STAGE_STATUS_SKIPPED: 'STAGE_STATUS_SKIPPED',
} as const;

/**
 * Where a stage stands within one workflow (ExplainWorkflow).
 */
export type StageStatus =
  | 'STAGE_STATUS_UNSPECIFIED'
  | 0
  | 'STAGE_STATUS_NOT_STARTED'
  | 1
  | 'STAGE_STATUS_RUNNING'
  | 2
  | 'STAGE_STATUS_WAITING'
  | 3
  | 'STAGE_STATUS_COMPLETED'
  | 4
  | 'STAGE_STATUS_FAILED'
  | 5
  | 'STAGE_STATUS_SKIPPED'
  | 6

/**
 * Where a stage stands within one workflow (ExplainWorkflow).
 */
export type StageStatus__Output = typeof StageStatus[keyof typeof StageStatus]
