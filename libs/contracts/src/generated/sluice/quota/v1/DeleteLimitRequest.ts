// Original file: sluice/quota/v1/quota.proto


export interface DeleteLimitRequest {
  'id'?: (string);
}

export interface DeleteLimitRequest__Output {
  'id': (string);
}
