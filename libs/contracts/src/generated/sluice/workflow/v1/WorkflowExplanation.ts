// Original file: sluice/workflow/v1/workflow.proto

import type { Workflow as _sluice_workflow_v1_Workflow, Workflow__Output as _sluice_workflow_v1_Workflow__Output } from '../../../sluice/workflow/v1/Workflow.ts';
import type { StageSummary as _sluice_workflow_v1_StageSummary, StageSummary__Output as _sluice_workflow_v1_StageSummary__Output } from '../../../sluice/workflow/v1/StageSummary.ts';
import type { StageAttempt as _sluice_workflow_v1_StageAttempt, StageAttempt__Output as _sluice_workflow_v1_StageAttempt__Output } from '../../../sluice/workflow/v1/StageAttempt.ts';

export interface WorkflowExplanation {
  'workflow'?: (_sluice_workflow_v1_Workflow | null);
  /**
   * One or two sentences, e.g. "Stage enrich waits for quota on openai:gpt-4o until
   * 2025-01-01T12:03:00Z; 2 of 4 stages are done."
   */
  'summary'?: (string);
  'stages'?: (_sluice_workflow_v1_StageSummary)[];
  /**
   * The control RPCs the transition table allows from the current state, by name:
   * "cancel", "suspend", "resume", "retry", "signal", "resume_quota".
   */
  'allowed_actions'?: (string)[];
  /**
   * The attempt holding or last holding the current stage; unset when none.
   */
  'current_attempt'?: (_sluice_workflow_v1_StageAttempt | null);
  /**
   * For WAITING: the signal the workflow waits for.
   */
  'waiting_for_signal'?: (string);
  /**
   * For QUOTA_EXCEEDED: the resource it waits on.
   */
  'quota_resource'?: (string);
  /**
   * For QUEUED: 1 when the current stage's attempt is the next one a worker of its type and
   * stage gets (higher priority first, then oldest), counting every tenant's queued attempts
   * of that type and stage; 0 when not queued.
   */
  'queue_position'?: (number);
  /**
   * The queued attempts of that type and stage in all, this one included; 0 when not queued.
   */
  'queue_length'?: (number);
  /**
   * For SUSPENDED: why (the SuspendWorkflow reason or the invalid-input error).
   */
  'suspend_reason'?: (string);
}

export interface WorkflowExplanation__Output {
  'workflow': (_sluice_workflow_v1_Workflow__Output | null);
  /**
   * One or two sentences, e.g. "Stage enrich waits for quota on openai:gpt-4o until
   * 2025-01-01T12:03:00Z; 2 of 4 stages are done."
   */
  'summary': (string);
  'stages': (_sluice_workflow_v1_StageSummary__Output)[];
  /**
   * The control RPCs the transition table allows from the current state, by name:
   * "cancel", "suspend", "resume", "retry", "signal", "resume_quota".
   */
  'allowed_actions': (string)[];
  /**
   * The attempt holding or last holding the current stage; unset when none.
   */
  'current_attempt': (_sluice_workflow_v1_StageAttempt__Output | null);
  /**
   * For WAITING: the signal the workflow waits for.
   */
  'waiting_for_signal': (string);
  /**
   * For QUOTA_EXCEEDED: the resource it waits on.
   */
  'quota_resource': (string);
  /**
   * For QUEUED: 1 when the current stage's attempt is the next one a worker of its type and
   * stage gets (higher priority first, then oldest), counting every tenant's queued attempts
   * of that type and stage; 0 when not queued.
   */
  'queue_position': (number);
  /**
   * The queued attempts of that type and stage in all, this one included; 0 when not queued.
   */
  'queue_length': (number);
  /**
   * For SUSPENDED: why (the SuspendWorkflow reason or the invalid-input error).
   */
  'suspend_reason': (string);
}
