// Original file: sluice/workflow/v1/workflow.proto


export interface ClaimStagesRequest {
  'worker_id'?: (string);
  /**
   * 0 = each stage's lease_ttl_ms.
   */
  'lease_ttl_ms'?: (number);
  'workflow_type'?: (string);
  'stage'?: (string);
  /**
   * 1..256.
   */
  'max'?: (number);
}

export interface ClaimStagesRequest__Output {
  'worker_id': (string);
  /**
   * 0 = each stage's lease_ttl_ms.
   */
  'lease_ttl_ms': (number);
  'workflow_type': (string);
  'stage': (string);
  /**
   * 1..256.
   */
  'max': (number);
}
