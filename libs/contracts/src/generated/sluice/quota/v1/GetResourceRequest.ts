// Original file: sluice/quota/v1/quota.proto


export interface GetResourceRequest {
  'name'?: (string);
}

export interface GetResourceRequest__Output {
  'name': (string);
}
