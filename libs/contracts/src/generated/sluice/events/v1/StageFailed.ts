// Original file: sluice/events/v1/events.proto


/**
 * type "sluice.stage.failed"
 */
export interface StageFailed {
  'attempt_id'?: (string);
  'workflow_id'?: (string);
  'tenant_id'?: (string);
  'workflow_type'?: (string);
  'stage'?: (string);
  'attempt'?: (number);
  'worker_id'?: (string);
  /**
   * sluice.workflow.v1.ErrorCategory name, e.g. "ERROR_CATEGORY_TRANSIENT".
   */
  'category'?: (string);
  'code'?: (string);
  'message'?: (string);
  /**
   * Whether the stage will run again, and when.
   */
  'will_retry'?: (boolean);
  'next_attempt_at'?: (string);
  'at'?: (string);
}

/**
 * type "sluice.stage.failed"
 */
export interface StageFailed__Output {
  'attempt_id': (string);
  'workflow_id': (string);
  'tenant_id': (string);
  'workflow_type': (string);
  'stage': (string);
  'attempt': (number);
  'worker_id': (string);
  /**
   * sluice.workflow.v1.ErrorCategory name, e.g. "ERROR_CATEGORY_TRANSIENT".
   */
  'category': (string);
  'code': (string);
  'message': (string);
  /**
   * Whether the stage will run again, and when.
   */
  'will_retry': (boolean);
  'next_attempt_at': (string);
  'at': (string);
}
