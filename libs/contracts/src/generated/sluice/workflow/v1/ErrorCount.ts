// Original file: sluice/workflow/v1/workflow.proto


/**
 * Stage attempts that failed in the window, by category and code.
 */
export interface ErrorCount {
  /**
   * The @sluice/errors category as the attempt recorded it (transient, rate_limited,
   * invalid_input, internal); "unknown" when none was recorded.
   */
  'category'?: (string);
  /**
   * The stable error code from the attempt's error; "UNKNOWN" when none.
   */
  'code'?: (string);
  'count'?: (number);
}

/**
 * Stage attempts that failed in the window, by category and code.
 */
export interface ErrorCount__Output {
  /**
   * The @sluice/errors category as the attempt recorded it (transient, rate_limited,
   * invalid_input, internal); "unknown" when none was recorded.
   */
  'category': (string);
  /**
   * The stable error code from the attempt's error; "UNKNOWN" when none.
   */
  'code': (string);
  'count': (number);
}
