// Original file: sluice/workflow/v1/workflow.proto


export interface ListStageAttemptsRequest {
  'tenant_id'?: (string);
  'workflow_id'?: (string);
  'page_size'?: (number);
  'cursor'?: (string);
}

export interface ListStageAttemptsRequest__Output {
  'tenant_id': (string);
  'workflow_id': (string);
  'page_size': (number);
  'cursor': (string);
}
