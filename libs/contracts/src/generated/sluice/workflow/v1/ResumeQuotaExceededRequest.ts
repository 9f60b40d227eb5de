// Original file: sluice/workflow/v1/workflow.proto


export interface ResumeQuotaExceededRequest {
  'tenant_id'?: (string);
  /**
   * Only workflows parked on this resource; "" = all of the tenant's.
   */
  'quota_resource'?: (string);
  'actor'?: (string);
}

export interface ResumeQuotaExceededRequest__Output {
  'tenant_id': (string);
  /**
   * Only workflows parked on this resource; "" = all of the tenant's.
   */
  'quota_resource': (string);
  'actor': (string);
}
