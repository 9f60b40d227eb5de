// Original file: sluice/workflow/v1/workflow.proto

import type { WorkflowState as _sluice_workflow_v1_WorkflowState, WorkflowState__Output as _sluice_workflow_v1_WorkflowState__Output } from '../../../sluice/workflow/v1/WorkflowState.ts';

/**
 * One row of the audit trail.
 */
export interface Transition {
  'workflow_id'?: (string);
  /**
   * The workflow version the transition produced (1 for the creation).
   */
  'version'?: (number);
  /**
   * WORKFLOW_STATE_UNSPECIFIED for the creation.
   */
  'from_state'?: (_sluice_workflow_v1_WorkflowState);
  'to_state'?: (_sluice_workflow_v1_WorkflowState);
  'stage'?: (string);
  /**
   * A fixed phrase, e.g. "stage completed", "lease expired", "cancelled by caller".
   */
  'reason'?: (string);
  'metadata_json'?: (string);
  /**
   * Who caused it: "api-key:<id>", "worker:<id>", "system:reaper", "system:scheduler".
   */
  'actor'?: (string);
  'at'?: (string);
}

/**
 * One row of the audit trail.
 */
export interface Transition__Output {
  'workflow_id': (string);
  /**
   * The workflow version the transition produced (1 for the creation).
   */
  'version': (number);
  /**
   * WORKFLOW_STATE_UNSPECIFIED for the creation.
   */
  'from_state': (_sluice_workflow_v1_WorkflowState__Output);
  'to_state': (_sluice_workflow_v1_WorkflowState__Output);
  'stage': (string);
  /**
   * A fixed phrase, e.g. "stage completed", "lease expired", "cancelled by caller".
   */
  'reason': (string);
  'metadata_json': (string);
  /**
   * Who caused it: "api-key:<id>", "worker:<id>", "system:reaper", "system:scheduler".
   */
  'actor': (string);
  'at': (string);
}
