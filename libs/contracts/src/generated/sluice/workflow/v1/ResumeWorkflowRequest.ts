// Original file: sluice/workflow/v1/workflow.proto


export interface ResumeWorkflowRequest {
  'tenant_id'?: (string);
  'id'?: (string);
  'reason'?: (string);
  'actor'?: (string);
  'expected_version'?: (number);
  /**
   * Replaces the input of the resumed stage (e.g. corrected after invalid input); "" = keep.
   */
  'input_json'?: (string);
}

export interface ResumeWorkflowRequest__Output {
  'tenant_id': (string);
  'id': (string);
  'reason': (string);
  'actor': (string);
  'expected_version': (number);
  /**
   * Replaces the input of the resumed stage (e.g. corrected after invalid input); "" = keep.
   */
  'input_json': (string);
}
