// Original file: sluice/workflow/v1/workflow.proto


export interface ReportProgressRequest {
  'attempt_id'?: (string);
  'fence'?: (string);
  /**
   * 0..100.
   */
  'percent'?: (number | string);
  'message'?: (string);
  'details_json'?: (string);
}

export interface ReportProgressRequest__Output {
  'attempt_id': (string);
  'fence': (string);
  /**
   * 0..100.
   */
  'percent': (number);
  'message': (string);
  'details_json': (string);
}
