// Original file: sluice/quota/v1/quota.proto


export interface DeleteLimitResponse {
  'deleted'?: (boolean);
}

export interface DeleteLimitResponse__Output {
  'deleted': (boolean);
}
