// Original file: sluice/workflow/v1/workflow.proto


/**
 * Exponential backoff: delay(n) = min(max_delay_ms, initial_delay_ms * multiplier^(n-1)),
 * then spread by ± jitter * delay.
 */
export interface RetryPolicy {
  /**
   * Attempts in all, the first included; 1 = never retry. 0 = the server default.
   */
  'max_attempts'?: (number);
  'initial_delay_ms'?: (number);
  'multiplier'?: (number | string);
  'max_delay_ms'?: (number);
  /**
   * 0..1: the fraction of the delay randomised.
   */
  'jitter'?: (number | string);
}

/**
 * Exponential backoff: delay(n) = min(max_delay_ms, initial_delay_ms * multiplier^(n-1)),
 * then spread by ± jitter * delay.
 */
export interface RetryPolicy__Output {
  /**
   * Attempts in all, the first included; 1 = never retry. 0 = the server default.
   */
  'max_attempts': (number);
  'initial_delay_ms': (number);
  'multiplier': (number);
  'max_delay_ms': (number);
  /**
   * 0..1: the fraction of the delay randomised.
   */
  'jitter': (number);
}
