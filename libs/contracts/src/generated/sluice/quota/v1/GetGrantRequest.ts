// Original file: sluice/quota/v1/quota.proto


export interface GetGrantRequest {
  'tenant_id'?: (string);
  'grant_id'?: (string);
}

export interface GetGrantRequest__Output {
  'tenant_id': (string);
  'grant_id': (string);
}
