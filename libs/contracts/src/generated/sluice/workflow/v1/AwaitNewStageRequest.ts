// Original file: sluice/workflow/v1/workflow.proto


export interface AwaitNewStageRequest {
  'worker_id'?: (string);
  /**
   * 0 = the stage's lease_ttl_ms.
   */
  'lease_ttl_ms'?: (number);
  'workflow_type'?: (string);
  /**
   * The type's first stage.
   */
  'stage'?: (string);
  /**
   * 1..30000.
   */
  'wait_ms'?: (number);
}

export interface AwaitNewStageRequest__Output {
  'worker_id': (string);
  /**
   * 0 = the stage's lease_ttl_ms.
   */
  'lease_ttl_ms': (number);
  'workflow_type': (string);
  /**
   * The type's first stage.
   */
  'stage': (string);
  /**
   * 1..30000.
   */
  'wait_ms': (number);
}
