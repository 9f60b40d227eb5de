// Original file: sluice/monitoring/v1/monitoring.proto


export interface GetMetricsSummaryRequest {
  /**
   * "" = every tenant (operators only).
   */
  'tenant_id'?: (string);
  /**
   * The window the rates cover; 0 = the last 5 minutes.
   */
  'window_ms'?: (number);
}

export interface GetMetricsSummaryRequest__Output {
  /**
   * "" = every tenant (operators only).
   */
  'tenant_id': (string);
  /**
   * The window the rates cover; 0 = the last 5 minutes.
   */
  'window_ms': (number);
}
