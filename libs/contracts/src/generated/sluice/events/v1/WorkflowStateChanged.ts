// Original file: sluice/events/v1/events.proto


/**
 * type "sluice.workflow.state_changed": one per transition, written with the audit row.
 */
export interface WorkflowStateChanged {
  'workflow_id'?: (string);
  'tenant_id'?: (string);
  'workflow_type'?: (string);
  /**
   * sluice.workflow.v1.WorkflowState names; from_state "" for the creation.
   */
  'from_state'?: (string);
  'to_state'?: (string);
  'stage'?: (string);
  'reason'?: (string);
  'actor'?: (string);
  /**
   * The workflow version after the transition: consumers drop an event older than the
   * version they have already seen.
   */
  'version'?: (number);
  'retry_count'?: (number);
  /**
   * For RETRYING and QUOTA_EXCEEDED.
   */
  'next_attempt_at'?: (string);
  'metadata_json'?: (string);
  'at'?: (string);
}

/**
 * type "sluice.workflow.state_changed": one per transition, written with the audit row.
 */
export interface WorkflowStateChanged__Output {
  'workflow_id': (string);
  'tenant_id': (string);
  'workflow_type': (string);
  /**
   * sluice.workflow.v1.WorkflowState names; from_state "" for the creation.
   */
  'from_state': (string);
  'to_state': (string);
  'stage': (string);
  'reason': (string);
  'actor': (string);
  /**
   * The workflow version after the transition: consumers drop an event older than the
   * version they have already seen.
   */
  'version': (number);
  'retry_count': (number);
  /**
   * For RETRYING and QUOTA_EXCEEDED.
   */
  'next_attempt_at': (string);
  'metadata_json': (string);
  'at': (string);
}
