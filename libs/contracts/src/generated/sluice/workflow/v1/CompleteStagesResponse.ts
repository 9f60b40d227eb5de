// Original file: sluice/workflow/v1/workflow.proto

import type { CompleteStageResult as _sluice_workflow_v1_CompleteStageResult, CompleteStageResult__Output as _sluice_workflow_v1_CompleteStageResult__Output } from '../../../sluice/workflow/v1/CompleteStageResult.ts';

export interface CompleteStagesResponse {
  /**
   * One per item, in the order of the request.
   */
  'results'?: (_sluice_workflow_v1_CompleteStageResult)[];
}

export interface CompleteStagesResponse__Output {
  /**
   * One per item, in the order of the request.
   */
  'results': (_sluice_workflow_v1_CompleteStageResult__Output)[];
}
