// Original file: sluice/workflow/v1/workflow.proto


export interface ResumeQuotaExceededResponse {
  'resumed'?: (number);
  'workflow_ids'?: (string)[];
}

export interface ResumeQuotaExceededResponse__Output {
  'resumed': (number);
  'workflow_ids': (string)[];
}
