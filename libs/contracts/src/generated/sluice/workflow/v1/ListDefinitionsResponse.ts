// Original file: sluice/workflow/v1/workflow.proto

import type { WorkflowDefinition as _sluice_workflow_v1_WorkflowDefinition, WorkflowDefinition__Output as _sluice_workflow_v1_WorkflowDefinition__Output } from '../../../sluice/workflow/v1/WorkflowDefinition.ts';

export interface ListDefinitionsResponse {
  'definitions'?: (_sluice_workflow_v1_WorkflowDefinition)[];
  'next_cursor'?: (string);
}

export interface ListDefinitionsResponse__Output {
  'definitions': (_sluice_workflow_v1_WorkflowDefinition__Output)[];
  'next_cursor': (string);
}
