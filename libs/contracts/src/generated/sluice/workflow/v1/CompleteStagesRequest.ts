// Original file: sluice/workflow/v1/workflow.proto

import type { CompleteStageRequest as _sluice_workflow_v1_CompleteStageRequest, CompleteStageRequest__Output as _sluice_workflow_v1_CompleteStageRequest__Output } from '../../../sluice/workflow/v1/CompleteStageRequest.ts';

export interface CompleteStagesRequest {
  'items'?: (_sluice_workflow_v1_CompleteStageRequest)[];
}

export interface CompleteStagesRequest__Output {
  'items': (_sluice_workflow_v1_CompleteStageRequest__Output)[];
}
