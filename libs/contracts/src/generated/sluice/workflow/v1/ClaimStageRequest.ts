// Original file: sluice/workflow/v1/workflow.proto


export interface ClaimStageRequest {
  /**
   * From the StageTask (sluice.events.v1) the worker pulled; "" = the best queued attempt of
   * (workflow_type, stage): highest priority first, then oldest, within the concurrency
   * limits. NOT_FOUND when none is queued, RESOURCE_EXHAUSTED when a limit holds them back.
   */
  'attempt_id'?: (string);
  'worker_id'?: (string);
  /**
   * 0 = the stage's lease_ttl_ms.
   */
  'lease_ttl_ms'?: (number);
  'workflow_type'?: (string);
  'stage'?: (string);
}

export interface ClaimStageRequest__Output {
  /**
   * From the StageTask (sluice.events.v1) the worker pulled; "" = the best queued attempt of
   * (workflow_type, stage): highest priority first, then oldest, within the concurrency
   * limits. NOT_FOUND when none is queued, RESOURCE_EXHAUSTED when a limit holds them back.
   */
  'attempt_id': (string);
  'worker_id': (string);
  /**
   * 0 = the stage's lease_ttl_ms.
   */
  'lease_ttl_ms': (number);
  'workflow_type': (string);
  'stage': (string);
}
