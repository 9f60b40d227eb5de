// Original file: sluice/workflow/v1/workflow.proto


export interface GetWorkflowMetricsRequest {
  'tenant_id'?: (string);
  /**
   * "" = all types.
   */
  'type'?: (string);
  /**
   * The window: [since, now). "" = the last 24 hours; at most 31 days back.
   */
  'since'?: (string);
}

export interface GetWorkflowMetricsRequest__Output {
  'tenant_id': (string);
  /**
   * "" = all types.
   */
  'type': (string);
  /**
   * The window: [since, now). "" = the last 24 hours; at most 31 days back.
   */
  'since': (string);
}
