// Original file: sluice/workflow/v1/workflow.proto


export interface GetWorkflowHistoryRequest {
  'tenant_id'?: (string);
  'id'?: (string);
  'page_size'?: (number);
  'cursor'?: (string);
}

export interface GetWorkflowHistoryRequest__Output {
  'tenant_id': (string);
  'id': (string);
  'page_size': (number);
  'cursor': (string);
}
