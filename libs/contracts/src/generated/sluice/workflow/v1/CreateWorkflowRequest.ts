// Original file: sluice/workflow/v1/workflow.proto


export interface CreateWorkflowRequest {
  'tenant_id'?: (string);
  'type'?: (string);
  'input_json'?: (string);
  'priority'?: (number);
  /**
   * "" = none. Scoped to the tenant.
   */
  'idempotency_key'?: (string);
}

export interface CreateWorkflowRequest__Output {
  'tenant_id': (string);
  'type': (string);
  'input_json': (string);
  'priority': (number);
  /**
   * "" = none. Scoped to the tenant.
   */
  'idempotency_key': (string);
}
