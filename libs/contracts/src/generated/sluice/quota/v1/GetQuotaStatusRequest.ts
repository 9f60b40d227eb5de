// Original file: sluice/quota/v1/quota.proto


export interface GetQuotaStatusRequest {
  'tenant_id'?: (string);
  /**
   * "" = every resource.
   */
  'resource'?: (string);
}

export interface GetQuotaStatusRequest__Output {
  'tenant_id': (string);
  /**
   * "" = every resource.
   */
  'resource': (string);
}
