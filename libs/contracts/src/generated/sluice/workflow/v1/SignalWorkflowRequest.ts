// Original file: sluice/workflow/v1/workflow.proto


export interface SignalWorkflowRequest {
  'tenant_id'?: (string);
  'id'?: (string);
  'signal'?: (string);
  'payload_json'?: (string);
  'actor'?: (string);
  /**
   * "" = none; a repeated signal with the same key is delivered once.
   */
  'idempotency_key'?: (string);
}

export interface SignalWorkflowRequest__Output {
  'tenant_id': (string);
  'id': (string);
  'signal': (string);
  'payload_json': (string);
  'actor': (string);
  /**
   * "" = none; a repeated signal with the same key is delivered once.
   */
  'idempotency_key': (string);
}
