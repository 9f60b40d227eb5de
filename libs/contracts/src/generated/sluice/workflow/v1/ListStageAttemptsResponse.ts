// Original file: sluice/workflow/v1/workflow.proto

import type { StageAttempt as _sluice_workflow_v1_StageAttempt, StageAttempt__Output as _sluice_workflow_v1_StageAttempt__Output } from '../../../sluice/workflow/v1/StageAttempt.ts';

export interface ListStageAttemptsResponse {
  'attempts'?: (_sluice_workflow_v1_StageAttempt)[];
  'next_cursor'?: (string);
}

export interface ListStageAttemptsResponse__Output {
  'attempts': (_sluice_workflow_v1_StageAttempt__Output)[];
  'next_cursor': (string);
}
