// Original file: sluice/workflow/v1/workflow.proto


export interface StageMetrics {
  'workflow_type'?: (string);
  'stage'?: (string);
  'completed'?: (number);
  'failed'?: (number);
  'retried'?: (number);
  'duration_p50_ms'?: (number | string);
  'duration_p95_ms'?: (number | string);
  'duration_p99_ms'?: (number | string);
  /**
   * Attempt durations (started → finished) of the attempts that finished in the window.
   */
  'duration_avg_ms'?: (number | string);
}

export interface StageMetrics__Output {
  'workflow_type': (string);
  'stage': (string);
  'completed': (number);
  'failed': (number);
  'retried': (number);
  'duration_p50_ms': (number);
  'duration_p95_ms': (number);
  'duration_p99_ms': (number);
  /**
   * Attempt durations (started → finished) of the attempts that finished in the window.
   */
  'duration_avg_ms': (number);
}
