// Original file: sluice/events/v1/events.proto


/**
 * The task on the work-queue stream (subject sluice.tasks.<workflowType>.<stage>), in the
 * same envelope with type "sluice.stage.task". A worker claims `attempt_id` with
 * WorkflowService.ClaimStage before it does anything; the task itself grants nothing.
 */
export interface StageTask {
  'attempt_id'?: (string);
  'workflow_id'?: (string);
  'tenant_id'?: (string);
  'workflow_type'?: (string);
  'stage'?: (string);
  /**
   * The attempt's priority (the workflow's, else the stage's default); higher first. Workers of
   * one type may pull from per-priority streams.
   */
  'priority'?: (number);
  /**
   * 1 for the first attempt of the stage.
   */
  'attempt'?: (number);
  'enqueued_at'?: (string);
}

/**
 * The task on the work-queue stream (subject sluice.tasks.<workflowType>.<stage>), in the
 * same envelope with type "sluice.stage.task". A worker claims `attempt_id` with
 * WorkflowService.ClaimStage before it does anything; the task itself grants nothing.
 */
export interface StageTask__Output {
  'attempt_id': (string);
  'workflow_id': (string);
  'tenant_id': (string);
  'workflow_type': (string);
  'stage': (string);
  /**
   * The attempt's priority (the workflow's, else the stage's default); higher first. Workers of
   * one type may pull from per-priority streams.
   */
  'priority': (number);
  /**
   * 1 for the first attempt of the stage.
   */
  'attempt': (number);
  'enqueued_at': (string);
}
