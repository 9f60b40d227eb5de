// Original file: sluice/workflow/v1/workflow.proto

import type { Transition as _sluice_workflow_v1_Transition, Transition__Output as _sluice_workflow_v1_Transition__Output } from '../../../sluice/workflow/v1/Transition.ts';

export interface GetWorkflowHistoryResponse {
  'transitions'?: (_sluice_workflow_v1_Transition)[];
  'next_cursor'?: (string);
}

export interface GetWorkflowHistoryResponse__Output {
  'transitions': (_sluice_workflow_v1_Transition__Output)[];
  'next_cursor': (string);
}
