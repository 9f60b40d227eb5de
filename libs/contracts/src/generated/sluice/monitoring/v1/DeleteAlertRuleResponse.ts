// Original file: sluice/monitoring/v1/monitoring.proto


export interface DeleteAlertRuleResponse {
  'deleted'?: (boolean);
}

export interface DeleteAlertRuleResponse__Output {
  'deleted': (boolean);
}
