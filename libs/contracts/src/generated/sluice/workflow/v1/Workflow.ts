// Original file: sluice/workflow/v1/workflow.proto

import type { WorkflowState as _sluice_workflow_v1_WorkflowState, WorkflowState__Output as _sluice_workflow_v1_WorkflowState__Output } from '../../../sluice/workflow/v1/WorkflowState.ts';

export interface Workflow {
  'id'?: (string);
  'tenant_id'?: (string);
  'type'?: (string);
  'state'?: (_sluice_workflow_v1_WorkflowState);
  /**
   * The stage that runs, waits or failed; "" before the first and after the last.
   */
  'current_stage'?: (string);
  'input_json'?: (string);
  /**
   * The last completed stage's output ("" until then).
   */
  'output_json'?: (string);
  /**
   * The priority given at creation: higher runs first, ties by creation time. Absent: each
   * stage is queued at its definition's default priority (StageDefinition.priority).
   */
  'priority'?: (number);
  /**
   * Grows by one with every transition; the optimistic-concurrency check.
   */
  'version'?: (number);
  'created_at'?: (string);
  'updated_at'?: (string);
  /**
   * Retries of the current stage so far.
   */
  'retry_count'?: (number);
  /**
   * {"code","message","category","details"} of the last failure; "" when none.
   */
  'last_error_json'?: (string);
  /**
   * When a RETRYING or QUOTA_EXCEEDED workflow is due to be queued again.
   */
  'next_attempt_at'?: (string);
  /**
   * The definition version the workflow runs.
   */
  'definition_version'?: (number);
  '_priority'?: "priority";
}

export interface Workflow__Output {
  'id': (string);
  'tenant_id': (string);
  'type': (string);
  'state': (_sluice_workflow_v1_WorkflowState__Output);
  /**
   * The stage that runs, waits or failed; "" before the first and after the last.
   */
  'current_stage': (string);
  'input_json': (string);
  /**
   * The last completed stage's output ("" until then).
   */
  'output_json': (string);
  /**
   * The priority given at creation: higher runs first, ties by creation time. Absent: each
   * stage is queued at its definition's default priority (StageDefinition.priority).
   */
  'priority'?: (number);
  /**
   * Grows by one with every transition; the optimistic-concurrency check.
   */
  'version': (number);
  'created_at': (string);
  'updated_at': (string);
  /**
   * Retries of the current stage so far.
   */
  'retry_count': (number);
  /**
   * {"code","message","category","details"} of the last failure; "" when none.
   */
  'last_error_json': (string);
  /**
   * When a RETRYING or QUOTA_EXCEEDED workflow is due to be queued again.
   */
  'next_attempt_at': (string);
  /**
   * The definition version the workflow runs.
   */
  'definition_version': (number);
  '_priority'?: "priority";
}
