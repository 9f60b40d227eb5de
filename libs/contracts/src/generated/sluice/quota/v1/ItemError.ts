// Original file: sluice/quota/v1/quota.proto


/**
 * An item of a batched call that failed alone (the others are answered).
 */
export interface ItemError {
  /**
   * A stable Sluice error code (INVALID_ARGUMENT, NOT_FOUND, FAILED_PRECONDITION...).
   */
  'code'?: (string);
  'message'?: (string);
  /**
   * The error's details as a JSON object (e.g. {"field": "amounts[0].amount"}).
   */
  'details_json'?: (string);
}

/**
 * An item of a batched call that failed alone (the others are answered).
 */
export interface ItemError__Output {
  /**
   * A stable Sluice error code (INVALID_ARGUMENT, NOT_FOUND, FAILED_PRECONDITION...).
   */
  'code': (string);
  'message': (string);
  /**
   * The error's details as a JSON object (e.g. {"field": "amounts[0].amount"}).
   */
  'details_json': (string);
}
