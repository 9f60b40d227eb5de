// Original file: sluice/workflow/v1/workflow.proto


export interface CancelWorkflowRequest {
  'tenant_id'?: (string);
  'id'?: (string);
  'reason'?: (string);
  'actor'?: (string);
  'expected_version'?: (number);
}

export interface CancelWorkflowRequest__Output {
  'tenant_id': (string);
  'id': (string);
  'reason': (string);
  'actor': (string);
  'expected_version': (number);
}
