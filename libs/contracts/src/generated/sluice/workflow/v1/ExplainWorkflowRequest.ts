// Original file: sluice/workflow/v1/workflow.proto


export interface ExplainWorkflowRequest {
  'tenant_id'?: (string);
  'id'?: (string);
}

export interface ExplainWorkflowRequest__Output {
  'tenant_id': (string);
  'id': (string);
}
