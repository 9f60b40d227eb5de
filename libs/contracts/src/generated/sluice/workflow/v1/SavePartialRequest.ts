// Original file: sluice/workflow/v1/workflow.proto


export interface SavePartialRequest {
  'attempt_id'?: (string);
  'fence'?: (string);
  /**
   * Replaces the previous checkpoint of the stage.
   */
  'partial_json'?: (string);
}

export interface SavePartialRequest__Output {
  'attempt_id': (string);
  'fence': (string);
  /**
   * Replaces the previous checkpoint of the stage.
   */
  'partial_json': (string);
}
