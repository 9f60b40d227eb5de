// Original file: sluice/workflow/v1/workflow.proto

import type { Workflow as _sluice_workflow_v1_Workflow, Workflow__Output as _sluice_workflow_v1_Workflow__Output } from '../../../sluice/workflow/v1/Workflow.ts';

export interface ListWorkflowsResponse {
  'workflows'?: (_sluice_workflow_v1_Workflow)[];
  'next_cursor'?: (string);
}

export interface ListWorkflowsResponse__Output {
  'workflows': (_sluice_workflow_v1_Workflow__Output)[];
  'next_cursor': (string);
}
