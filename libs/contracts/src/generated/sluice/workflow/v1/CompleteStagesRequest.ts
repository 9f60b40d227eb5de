// Original file: sluice/workflow/v1/workflow.proto

import type { CompleteStageRequest as _sluice_workflow_v1_CompleteStageRequest, CompleteStageRequest__Output as _sluice_workflow_v1_CompleteStageRequest__Output } from '../../../sluice/workflow/v1/CompleteStageRequest.ts';

export interface CompleteStagesRequest {
  'items'?: (_sluice_workflow_v1_CompleteStageRequest)[];
  /**
   * The lease of a stage taken with claim_next; 0 = the stage's lease_ttl_ms.
   */
  'lease_ttl_ms'?: (number);
}

export interface CompleteStagesRequest__Output {
  'items': (_sluice_workflow_v1_CompleteStageRequest__Output)[];
  /**
   * The lease of a stage taken with claim_next; 0 = the stage's lease_ttl_ms.
   */
  'lease_ttl_ms': (number);
}
