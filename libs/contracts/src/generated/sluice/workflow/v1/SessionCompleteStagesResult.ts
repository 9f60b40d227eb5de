// Original file: sluice/workflow/v1/workflow.proto

import type { CompleteStagesResponse as _sluice_workflow_v1_CompleteStagesResponse, CompleteStagesResponse__Output as _sluice_workflow_v1_CompleteStagesResponse__Output } from '../../../sluice/workflow/v1/CompleteStagesResponse.ts';
import type { ItemError as _sluice_workflow_v1_ItemError, ItemError__Output as _sluice_workflow_v1_ItemError__Output } from '../../../sluice/workflow/v1/ItemError.ts';

export interface SessionCompleteStagesResult {
  'call_id'?: (string);
  /**
   * Set when the call ran (each item may still be refused on its own).
   */
  'response'?: (_sluice_workflow_v1_CompleteStagesResponse | null);
  /**
   * Set when the whole call failed (the code and message CompleteStages would fail with).
   */
  'error'?: (_sluice_workflow_v1_ItemError | null);
}

export interface SessionCompleteStagesResult__Output {
  'call_id': (string);
  /**
   * Set when the call ran (each item may still be refused on its own).
   */
  'response': (_sluice_workflow_v1_CompleteStagesResponse__Output | null);
  /**
   * Set when the whole call failed (the code and message CompleteStages would fail with).
   */
  'error': (_sluice_workflow_v1_ItemError__Output | null);
}
