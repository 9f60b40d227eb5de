// Original file: sluice/workflow/v1/workflow.proto


export interface StageProgress {
  'attempt_id'?: (string);
  'stage'?: (string);
  /**
   * 0..100.
   */
  'percent'?: (number | string);
  'message'?: (string);
  'details_json'?: (string);
  'at'?: (string);
}

export interface StageProgress__Output {
  'attempt_id': (string);
  'stage': (string);
  /**
   * 0..100.
   */
  'percent': (number);
  'message': (string);
  'details_json': (string);
  'at': (string);
}
