// Original file: sluice/workflow/v1/workflow.proto

/**
 * What a failed stage means for retries (mirrors @sluice/errors ErrorCategory).
 */
export const ErrorCategory = {
  ERROR_CATEGORY_UNSPECIFIED: 'ERROR_CATEGORY_UNSPECIFIED',
  /**
   * Retry with exponential backoff and jitter, up to the stage's max attempts.
   */
  ERROR_CATEGORY_TRANSIENT: 'ERROR_CATEGORY_TRANSIENT',
  /**
   * Park in QUOTA_EXCEEDED until `retry_at`, keeping partial results.
   */
  ERROR_CATEGORY_RATE_LIMITED: 'ERROR_CATEGORY_RATE_LIMITED',
  /**
   * Retrying cannot help: SUSPENDED for a person.
   */
  ERROR_CATEGORY_INVALID_INPUT: 'ERROR_CATEGORY_INVALID_INPUT',
  /**
   * A bug or an unknown failure: retry, then FAILED and an alert.
   */
  ERROR_CATEGORY_INTERNAL: 'ERROR_CATEGORY_INTERNAL',
} as const;

/**
 * What a failed stage means for retries (mirrors @sluice/errors ErrorCategory).
 */
export type ErrorCategory =
  | 'ERROR_CATEGORY_UNSPECIFIED'
  | 0
  /**
   * Retry with exponential backoff and jitter, up to the stage's max attempts.
   */
  | 'ERROR_CATEGORY_TRANSIENT'
  | 1
  /**
   * Park in QUOTA_EXCEEDED until `retry_at`, keeping partial results.
   */
  | 'ERROR_CATEGORY_RATE_LIMITED'
  | 2
  /**
   * Retrying cannot help: SUSPENDED for a person.
   */
  | 'ERROR_CATEGORY_INVALID_INPUT'
  | 3
  /**
   * A bug or an unknown failure: retry, then FAILED and an alert.
   */
  | 'ERROR_CATEGORY_INTERNAL'
  | 4

/**
 * What a failed stage means for retries (mirrors @sluice/errors ErrorCategory).
 */
export type ErrorCategory__Output = typeof ErrorCategory[keyof typeof ErrorCategory]
