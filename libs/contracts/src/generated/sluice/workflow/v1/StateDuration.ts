// Original file: sluice/workflow/v1/workflow.proto

import type { WorkflowState as _sluice_workflow_v1_WorkflowState, WorkflowState__Output as _sluice_workflow_v1_WorkflowState__Output } from '../../../sluice/workflow/v1/WorkflowState.ts';

/**
 * How long workflows stayed in one state: from the transition into it to the next one,
 * for stays that ended in the window.
 */
export interface StateDuration {
  'state'?: (_sluice_workflow_v1_WorkflowState);
  'count'?: (number);
  'avg_ms'?: (number | string);
  'p95_ms'?: (number | string);
}

/**
 * How long workflows stayed in one state: from the transition into it to the next one,
 * for stays that ended in the window.
 */
export interface StateDuration__Output {
  'state': (_sluice_workflow_v1_WorkflowState__Output);
  'count': (number);
  'avg_ms': (number);
  'p95_ms': (number);
}
