// Original file: sluice/workflow/v1/workflow.proto

import type { ClaimStageResponse as _sluice_workflow_v1_ClaimStageResponse, ClaimStageResponse__Output as _sluice_workflow_v1_ClaimStageResponse__Output } from '../../../sluice/workflow/v1/ClaimStageResponse.ts';
import type { SessionCompleteStagesResult as _sluice_workflow_v1_SessionCompleteStagesResult, SessionCompleteStagesResult__Output as _sluice_workflow_v1_SessionCompleteStagesResult__Output } from '../../../sluice/workflow/v1/SessionCompleteStagesResult.ts';

export interface WorkerSessionResponse {
  /**
   * A waiting claim answered: a new workflow's first stage, leased to this worker.
   */
  'claim'?: (_sluice_workflow_v1_ClaimStageResponse | null);
  'completed'?: (_sluice_workflow_v1_SessionCompleteStagesResult | null);
  'body'?: "claim"|"completed";
}

export interface WorkerSessionResponse__Output {
  /**
   * A waiting claim answered: a new workflow's first stage, leased to this worker.
   */
  'claim'?: (_sluice_workflow_v1_ClaimStageResponse__Output | null);
  'completed'?: (_sluice_workflow_v1_SessionCompleteStagesResult__Output | null);
  'body'?: "claim"|"completed";
}
