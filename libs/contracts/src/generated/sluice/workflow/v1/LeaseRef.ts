// Original file: sluice/workflow/v1/workflow.proto


/**
 * A lease as its holder names it.
 */
export interface LeaseRef {
  'attempt_id'?: (string);
  'fence'?: (string);
}

/**
 * A lease as its holder names it.
 */
export interface LeaseRef__Output {
  'attempt_id': (string);
  'fence': (string);
}
