// Original file: sluice/workflow/v1/workflow.proto

import type { WorkflowState as _sluice_workflow_v1_WorkflowState, WorkflowState__Output as _sluice_workflow_v1_WorkflowState__Output } from '../../../sluice/workflow/v1/WorkflowState.ts';

export interface StateCount {
  'state'?: (_sluice_workflow_v1_WorkflowState);
  'count'?: (number);
}

export interface StateCount__Output {
  'state': (_sluice_workflow_v1_WorkflowState__Output);
  'count': (number);
}
