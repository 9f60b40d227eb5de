// Original file: sluice/workflow/v1/workflow.proto


export interface SuspendWorkflowRequest {
  'tenant_id'?: (string);
  'id'?: (string);
  'reason'?: (string);
  'actor'?: (string);
  'expected_version'?: (number);
}

export interface SuspendWorkflowRequest__Output {
  'tenant_id': (string);
  'id': (string);
  'reason': (string);
  'actor': (string);
  'expected_version': (number);
}
