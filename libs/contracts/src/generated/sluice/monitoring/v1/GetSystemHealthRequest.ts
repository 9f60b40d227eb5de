// Original file: sluice/monitoring/v1/monitoring.proto


export interface GetSystemHealthRequest {
}

export interface GetSystemHealthRequest__Output {
}
