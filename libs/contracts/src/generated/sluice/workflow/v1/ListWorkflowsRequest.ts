// Original file: sluice/workflow/v1/workflow.proto

import type { WorkflowState as _sluice_workflow_v1_WorkflowState, WorkflowState__Output as _sluice_workflow_v1_WorkflowState__Output } from '../../../sluice/workflow/v1/WorkflowState.ts';

export interface ListWorkflowsRequest {
  'tenant_id'?: (string);
  /**
   * Any of these states; empty = all.
   */
  'states'?: (_sluice_workflow_v1_WorkflowState)[];
  /**
   * "" = any type.
   */
  'type'?: (string);
  /**
   * "" = any stage.
   */
  'current_stage'?: (string);
  /**
   * Bounds on created_at: inclusive, exclusive. "" = open.
   */
  'created_after'?: (string);
  'created_before'?: (string);
  'page_size'?: (number);
  'cursor'?: (string);
}

export interface ListWorkflowsRequest__Output {
  'tenant_id': (string);
  /**
   * Any of these states; empty = all.
   */
  'states': (_sluice_workflow_v1_WorkflowState__Output)[];
  /**
   * "" = any type.
   */
  'type': (string);
  /**
   * "" = any stage.
   */
  'current_stage': (string);
  /**
   * Bounds on created_at: inclusive, exclusive. "" = open.
   */
  'created_after': (string);
  'created_before': (string);
  'page_size': (number);
  'cursor': (string);
}
