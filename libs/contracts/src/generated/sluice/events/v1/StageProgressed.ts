// Original file: sluice/events/v1/events.proto


/**
 * type "sluice.stage.progressed"
 */
export interface StageProgressed {
  'attempt_id'?: (string);
  'workflow_id'?: (string);
  'tenant_id'?: (string);
  'stage'?: (string);
  /**
   * 0..100.
   */
  'percent'?: (number | string);
  'message'?: (string);
  'at'?: (string);
}

/**
 * type "sluice.stage.progressed"
 */
export interface StageProgressed__Output {
  'attempt_id': (string);
  'workflow_id': (string);
  'tenant_id': (string);
  'stage': (string);
  /**
   * 0..100.
   */
  'percent': (number);
  'message': (string);
  'at': (string);
}
