// Original file: sluice/quota/v1/quota.proto


export interface ListLimitsRequest {
  /**
   * "" = every resource.
   */
  'resource'?: (string);
  /**
   * "" = the global limits and the defaults only; set = also that tenant's own limits.
   */
  'tenant_id'?: (string);
}

export interface ListLimitsRequest__Output {
  /**
   * "" = every resource.
   */
  'resource': (string);
  /**
   * "" = the global limits and the defaults only; set = also that tenant's own limits.
   */
  'tenant_id': (string);
}
