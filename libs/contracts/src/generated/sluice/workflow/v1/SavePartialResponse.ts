// Original file: sluice/workflow/v1/workflow.proto


export interface SavePartialResponse {
  'saved_at'?: (string);
}

export interface SavePartialResponse__Output {
  'saved_at': (string);
}
