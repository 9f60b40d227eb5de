// Original file: sluice/workflow/v1/workflow.proto


export interface GetDashboardSummaryRequest {
  'tenant_id'?: (string);
}

export interface GetDashboardSummaryRequest__Output {
  'tenant_id': (string);
}
