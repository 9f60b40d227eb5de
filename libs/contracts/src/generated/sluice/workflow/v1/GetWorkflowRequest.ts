// Original file: sluice/workflow/v1/workflow.proto


export interface GetWorkflowRequest {
  'tenant_id'?: (string);
  'id'?: (string);
}

export interface GetWorkflowRequest__Output {
  'tenant_id': (string);
  'id': (string);
}
