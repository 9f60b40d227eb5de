// Original file: sluice/quota/v1/quota.proto


export interface ListLimitsRequest {
  /**
   * "" = every resource.
   */
  'resource'?: (string);
  /**
   * "" = the defaults and global limits only; set = also that tenant's own limits.
   */
  'tenant_id'?: (string);
}

export interface ListLimitsRequest__Output {
  /**
   * "" = every resource.
   */
  'resource': (string);
  /**
   * "" = the defaults and global limits only; set = also that tenant's own limits.
   */
  'tenant_id': (string);
}
