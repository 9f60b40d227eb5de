// Original file: sluice/workflow/v1/workflow.proto


export interface ClaimStageRequest {
  /**
   * From the StageTask (sluice.events.v1) the worker pulled.
   */
  'attempt_id'?: (string);
  'worker_id'?: (string);
  /**
   * 0 = the stage's lease_ttl_ms.
   */
  'lease_ttl_ms'?: (number);
}

export interface ClaimStageRequest__Output {
  /**
   * From the StageTask (sluice.events.v1) the worker pulled.
   */
  'attempt_id': (string);
  'worker_id': (string);
  /**
   * 0 = the stage's lease_ttl_ms.
   */
  'lease_ttl_ms': (number);
}
