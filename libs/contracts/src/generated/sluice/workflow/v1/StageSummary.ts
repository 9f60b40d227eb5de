// Original file: sluice/workflow/v1/workflow.proto

import type { StageStatus as _sluice_workflow_v1_StageStatus, StageStatus__Output as _sluice_workflow_v1_StageStatus__Output } from '../../../sluice/workflow/v1/StageStatus.ts';

/**
 * One stage as ExplainWorkflow sees it.
 */
export interface StageSummary {
  'name'?: (string);
  'status'?: (_sluice_workflow_v1_StageStatus);
  'attempts'?: (number);
  'last_error_json'?: (string);
  /**
   * The checkpoint SavePartial stored; "" when none.
   */
  'partial_json'?: (string);
  'started_at'?: (string);
  'finished_at'?: (string);
  /**
   * The latest progress report (0..100) and its message.
   */
  'progress_percent'?: (number | string);
  'progress_message'?: (string);
}

/**
 * One stage as ExplainWorkflow sees it.
 */
export interface StageSummary__Output {
  'name': (string);
  'status': (_sluice_workflow_v1_StageStatus__Output);
  'attempts': (number);
  'last_error_json': (string);
  /**
   * The checkpoint SavePartial stored; "" when none.
   */
  'partial_json': (string);
  'started_at': (string);
  'finished_at': (string);
  /**
   * The latest progress report (0..100) and its message.
   */
  'progress_percent': (number);
  'progress_message': (string);
}
