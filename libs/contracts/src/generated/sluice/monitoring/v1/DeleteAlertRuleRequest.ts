// Original file: sluice/monitoring/v1/monitoring.proto


export interface DeleteAlertRuleRequest {
  'id'?: (string);
}

export interface DeleteAlertRuleRequest__Output {
  'id': (string);
}
