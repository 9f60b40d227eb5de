// Original file: sluice/workflow/v1/workflow.proto


/**
 * Why one item of a batch was refused: the code and message its single call would have failed with.
 */
export interface ItemError {
  'code'?: (string);
  'message'?: (string);
}

/**
 * Why one item of a batch was refused: the code and message its single call would have failed with.
 */
export interface ItemError__Output {
  'code': (string);
  'message': (string);
}
