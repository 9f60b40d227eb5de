// Original file: sluice/workflow/v1/workflow.proto


export interface GetDefinitionRequest {
  'type'?: (string);
  /**
   * 0 = the latest.
   */
  'version'?: (number);
}

export interface GetDefinitionRequest__Output {
  'type': (string);
  /**
   * 0 = the latest.
   */
  'version': (number);
}
