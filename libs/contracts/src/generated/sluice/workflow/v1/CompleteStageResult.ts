// Original file: sluice/workflow/v1/workflow.proto

import type { Workflow as _sluice_workflow_v1_Workflow, Workflow__Output as _sluice_workflow_v1_Workflow__Output } from '../../../sluice/workflow/v1/Workflow.ts';
import type { ItemError as _sluice_workflow_v1_ItemError, ItemError__Output as _sluice_workflow_v1_ItemError__Output } from '../../../sluice/workflow/v1/ItemError.ts';
import type { ClaimStageResponse as _sluice_workflow_v1_ClaimStageResponse, ClaimStageResponse__Output as _sluice_workflow_v1_ClaimStageResponse__Output } from '../../../sluice/workflow/v1/ClaimStageResponse.ts';

export interface CompleteStageResult {
  'attempt_id'?: (string);
  /**
   * Set when the item was committed.
   */
  'workflow'?: (_sluice_workflow_v1_Workflow | null);
  /**
   * Set when it was refused (LEASE_LOST, ...); nothing of this item was written.
   */
  'error'?: (_sluice_workflow_v1_ItemError | null);
  /**
   * The next stage, leased to the caller, when the item asked for it with claim_next and got it.
   */
  'next'?: (_sluice_workflow_v1_ClaimStageResponse | null);
}

export interface CompleteStageResult__Output {
  'attempt_id': (string);
  /**
   * Set when the item was committed.
   */
  'workflow': (_sluice_workflow_v1_Workflow__Output | null);
  /**
   * Set when it was refused (LEASE_LOST, ...); nothing of this item was written.
   */
  'error': (_sluice_workflow_v1_ItemError__Output | null);
  /**
   * The next stage, leased to the caller, when the item asked for it with claim_next and got it.
   */
  'next': (_sluice_workflow_v1_ClaimStageResponse__Output | null);
}
