// Original file: sluice/events/v1/events.proto


/**
 * type "sluice.workflow.created"
 */
export interface WorkflowCreated {
  'workflow_id'?: (string);
  'tenant_id'?: (string);
  'workflow_type'?: (string);
  'definition_version'?: (number);
  /**
   * Absent: the workflow was created without one, each stage runs at its default priority.
   */
  'priority'?: (number);
  'idempotency_key'?: (string);
  'created_at'?: (string);
  '_priority'?: "priority";
}

/**
 * type "sluice.workflow.created"
 */
export interface WorkflowCreated__Output {
  'workflow_id': (string);
  'tenant_id': (string);
  'workflow_type': (string);
  'definition_version': (number);
  /**
   * Absent: the workflow was created without one, each stage runs at its default priority.
   */
  'priority'?: (number);
  'idempotency_key': (string);
  'created_at': (string);
  '_priority'?: "priority";
}
