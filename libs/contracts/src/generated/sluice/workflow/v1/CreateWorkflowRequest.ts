// Original file: sluice/workflow/v1/workflow.proto


export interface CreateWorkflowRequest {
  'tenant_id'?: (string);
  'type'?: (string);
  'input_json'?: (string);
  /**
   * -100..100, higher runs first. Absent: each stage's default priority (StageDefinition.priority).
   */
  'priority'?: (number);
  /**
   * "" = none. Scoped to the tenant.
   */
  'idempotency_key'?: (string);
  '_priority'?: "priority";
}

export interface CreateWorkflowRequest__Output {
  'tenant_id': (string);
  'type': (string);
  'input_json': (string);
  /**
   * -100..100, higher runs first. Absent: each stage's default priority (StageDefinition.priority).
   */
  'priority'?: (number);
  /**
   * "" = none. Scoped to the tenant.
   */
  'idempotency_key': (string);
  '_priority'?: "priority";
}
