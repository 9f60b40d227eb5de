// Original file: sluice/workflow/v1/workflow.proto


export interface WatchWorkflowRequest {
  'tenant_id'?: (string);
  'id'?: (string);
}

export interface WatchWorkflowRequest__Output {
  'tenant_id': (string);
  'id': (string);
}
