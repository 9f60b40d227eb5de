// Original file: sluice/quota/v1/quota.proto


export interface DeleteResourceResponse {
  'deleted'?: (boolean);
  'limits_deleted'?: (number);
}

export interface DeleteResourceResponse__Output {
  'deleted': (boolean);
  'limits_deleted': (number);
}
