// Original file: sluice/workflow/v1/workflow.proto


export interface RetryWorkflowRequest {
  'tenant_id'?: (string);
  'id'?: (string);
  'reason'?: (string);
  'actor'?: (string);
  'expected_version'?: (number);
  /**
   * "" = the stage that failed.
   */
  'from_stage'?: (string);
}

export interface RetryWorkflowRequest__Output {
  'tenant_id': (string);
  'id': (string);
  'reason': (string);
  'actor': (string);
  'expected_version': (number);
  /**
   * "" = the stage that failed.
   */
  'from_stage': (string);
}
