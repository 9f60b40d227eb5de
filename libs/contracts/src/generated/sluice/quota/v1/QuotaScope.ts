// Original file: sluice/quota/v1/quota.proto

/**
 * Whose units a limit counts.
 */
export const QuotaScope = {
  QUOTA_SCOPE_UNSPECIFIED: 'QUOTA_SCOPE_UNSPECIFIED',
  /**
   * One counter for the whole platform: the upstream's own limit on our account.
   */
  QUOTA_SCOPE_GLOBAL: 'QUOTA_SCOPE_GLOBAL',
  /**
   * One counter per tenant.
   */
  QUOTA_SCOPE_TENANT: 'QUOTA_SCOPE_TENANT',
  /**
   * One counter per tenant and API key (the key the caller names in AcquireGrant).
   */
  QUOTA_SCOPE_API_KEY: 'QUOTA_SCOPE_API_KEY',
  /**
   * One counter per tenant and workflow type.
   */
  QUOTA_SCOPE_WORKFLOW_TYPE: 'QUOTA_SCOPE_WORKFLOW_TYPE',
} as const;

/**
 * Whose units a limit counts.
 */
export type QuotaScope =
  | 'QUOTA_SCOPE_UNSPECIFIED'
  | 0
  /**
   * One counter for the whole platform: the upstream's own limit on our account.
   */
  | 'QUOTA_SCOPE_GLOBAL'
  | 1
  /**
   * One counter per tenant.
   */
  | 'QUOTA_SCOPE_TENANT'
  | 2
  /**
   * One counter per tenant and API key (the key the caller names in AcquireGrant).
   */
  | 'QUOTA_SCOPE_API_KEY'
  | 3
  /**
   * One counter per tenant and workflow type.
   */
  | 'QUOTA_SCOPE_WORKFLOW_TYPE'
  | 4

/**
 * Whose units a limit counts.
 */
export type QuotaScope__Output = typeof QuotaScope[keyof typeof QuotaScope]
