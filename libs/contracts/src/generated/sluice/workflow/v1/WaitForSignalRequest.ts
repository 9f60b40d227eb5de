// Original file: sluice/workflow/v1/workflow.proto


export interface WaitForSignalRequest {
  'attempt_id'?: (string);
  'fence'?: (string);
  'signal'?: (string);
  'timeout_ms'?: (number);
  /**
   * A checkpoint for the run after the signal; "" = keep the last SavePartial.
   */
  'partial_json'?: (string);
}

export interface WaitForSignalRequest__Output {
  'attempt_id': (string);
  'fence': (string);
  'signal': (string);
  'timeout_ms': (number);
  /**
   * A checkpoint for the run after the signal; "" = keep the last SavePartial.
   */
  'partial_json': (string);
}
