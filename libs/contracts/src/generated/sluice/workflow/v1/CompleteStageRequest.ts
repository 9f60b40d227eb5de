// Original file: sluice/workflow/v1/workflow.proto


export interface CompleteStageRequest {
  'attempt_id'?: (string);
  'fence'?: (string);
  'output_json'?: (string);
  /**
   * Some of the stage's items were not done: the next stages still run, and the workflow
   * ends PARTIALLY_PROCESSED instead of COMPLETED.
   */
  'incomplete'?: (boolean);
}

export interface CompleteStageRequest__Output {
  'attempt_id': (string);
  'fence': (string);
  'output_json': (string);
  /**
   * Some of the stage's items were not done: the next stages still run, and the workflow
   * ends PARTIALLY_PROCESSED instead of COMPLETED.
   */
  'incomplete': (boolean);
}
