// Original file: sluice/quota/v1/quota.proto


export interface DeleteResourceRequest {
  'name'?: (string);
}

export interface DeleteResourceRequest__Output {
  'name': (string);
}
