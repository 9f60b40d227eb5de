// Original file: sluice/workflow/v1/workflow.proto

import type { Workflow as _sluice_workflow_v1_Workflow, Workflow__Output as _sluice_workflow_v1_Workflow__Output } from '../../../sluice/workflow/v1/Workflow.ts';
import type { Transition as _sluice_workflow_v1_Transition, Transition__Output as _sluice_workflow_v1_Transition__Output } from '../../../sluice/workflow/v1/Transition.ts';
import type { StageProgress as _sluice_workflow_v1_StageProgress, StageProgress__Output as _sluice_workflow_v1_StageProgress__Output } from '../../../sluice/workflow/v1/StageProgress.ts';

export interface WorkflowUpdate {
  /**
   * The workflow after the change (the first message: as it is now).
   */
  'workflow'?: (_sluice_workflow_v1_Workflow | null);
  'transition'?: (_sluice_workflow_v1_Transition | null);
  'progress'?: (_sluice_workflow_v1_StageProgress | null);
  /**
   * What changed; neither is set on the first message.
   */
  'change'?: "transition"|"progress";
}

export interface WorkflowUpdate__Output {
  /**
   * The workflow after the change (the first message: as it is now).
   */
  'workflow': (_sluice_workflow_v1_Workflow__Output | null);
  'transition'?: (_sluice_workflow_v1_Transition__Output | null);
  'progress'?: (_sluice_workflow_v1_StageProgress__Output | null);
  /**
   * What changed; neither is set on the first message.
   */
  'change'?: "transition"|"progress";
}
