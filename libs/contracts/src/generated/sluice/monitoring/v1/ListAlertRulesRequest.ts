// Original file: sluice/monitoring/v1/monitoring.proto


export interface ListAlertRulesRequest {
}

export interface ListAlertRulesRequest__Output {
}
