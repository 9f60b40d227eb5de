// Original file: sluice/workflow/v1/workflow.proto

import type { ClaimStageResponse as _sluice_workflow_v1_ClaimStageResponse, ClaimStageResponse__Output as _sluice_workflow_v1_ClaimStageResponse__Output } from '../../../sluice/workflow/v1/ClaimStageResponse.ts';

export interface ClaimStagesResponse {
  'claims'?: (_sluice_workflow_v1_ClaimStageResponse)[];
  /**
   * Queued attempts were there, but a concurrency limit held them back: ask again later.
   */
  'held_back'?: (boolean);
}

export interface ClaimStagesResponse__Output {
  'claims': (_sluice_workflow_v1_ClaimStageResponse__Output)[];
  /**
   * Queued attempts were there, but a concurrency limit held them back: ask again later.
   */
  'held_back': (boolean);
}
