// Original file: sluice/workflow/v1/workflow.proto


export interface ListDefinitionsRequest {
  'page_size'?: (number);
  'cursor'?: (string);
}

export interface ListDefinitionsRequest__Output {
  'page_size': (number);
  'cursor': (string);
}
