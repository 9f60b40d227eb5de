// Original file: sluice/workflow/v1/workflow.proto

import type { ClaimStageResponse as _sluice_workflow_v1_ClaimStageResponse, ClaimStageResponse__Output as _sluice_workflow_v1_ClaimStageResponse__Output } from '../../../sluice/workflow/v1/ClaimStageResponse.ts';

export interface ClaimStagesResponse {
  'claims'?: (_sluice_workflow_v1_ClaimStageResponse)[];
  /**
   * Fewer claims than asked for while attempts stay queued (held back by a concurrency limit,
   * or their workflow busy with a command): the tasks left over should come back later.
   */
  'held_back'?: (boolean);
}

export interface ClaimStagesResponse__Output {
  'claims': (_sluice_workflow_v1_ClaimStageResponse__Output)[];
  /**
   * Fewer claims than asked for while attempts stay queued (held back by a concurrency limit,
   * or their workflow busy with a command): the tasks left over should come back later.
   */
  'held_back': (boolean);
}
