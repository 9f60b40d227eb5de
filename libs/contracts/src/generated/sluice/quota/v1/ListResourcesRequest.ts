// Original file: sluice/quota/v1/quota.proto


export interface ListResourcesRequest {
}

export interface ListResourcesRequest__Output {
}
