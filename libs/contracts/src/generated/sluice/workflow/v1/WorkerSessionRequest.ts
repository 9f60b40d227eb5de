// Original file: sluice/workflow/v1/workflow.proto

import type { AwaitNewStages as _sluice_workflow_v1_AwaitNewStages, AwaitNewStages__Output as _sluice_workflow_v1_AwaitNewStages__Output } from '../../../sluice/workflow/v1/AwaitNewStages.ts';
import type { SessionCompleteStages as _sluice_workflow_v1_SessionCompleteStages, SessionCompleteStages__Output as _sluice_workflow_v1_SessionCompleteStages__Output } from '../../../sluice/workflow/v1/SessionCompleteStages.ts';

export interface WorkerSessionRequest {
  'await'?: (_sluice_workflow_v1_AwaitNewStages | null);
  'complete'?: (_sluice_workflow_v1_SessionCompleteStages | null);
  'body'?: "await"|"complete";
}

export interface WorkerSessionRequest__Output {
  'await'?: (_sluice_workflow_v1_AwaitNewStages__Output | null);
  'complete'?: (_sluice_workflow_v1_SessionCompleteStages__Output | null);
  'body'?: "await"|"complete";
}
