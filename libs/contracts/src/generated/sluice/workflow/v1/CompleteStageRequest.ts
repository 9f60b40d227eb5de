// Original file: sluice/workflow/v1/workflow.proto


export interface CompleteStageRequest {
  'attempt_id'?: (string);
  'fence'?: (string);
  'output_json'?: (string);
}

export interface CompleteStageRequest__Output {
  'attempt_id': (string);
  'fence': (string);
  'output_json': (string);
}
