// Original file: sluice/workflow/v1/workflow.proto


export interface ReleaseStageRequest {
  'attempt_id'?: (string);
  'fence'?: (string);
  'reason'?: (string);
  /**
   * Re-queue no earlier than this; 0 = now.
   */
  'delay_ms'?: (number);
}

export interface ReleaseStageRequest__Output {
  'attempt_id': (string);
  'fence': (string);
  'reason': (string);
  /**
   * Re-queue no earlier than this; 0 = now.
   */
  'delay_ms': (number);
}
