// Original file: sluice/quota/v1/quota.proto


export interface RefundGrantRequest {
  'tenant_id'?: (string);
  'grant_id'?: (string);
  'reason'?: (string);
}

export interface RefundGrantRequest__Output {
  'tenant_id': (string);
  'grant_id': (string);
  'reason': (string);
}
