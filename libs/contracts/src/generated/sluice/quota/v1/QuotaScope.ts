// Original file: sluice/quota/v1/quota.proto

/**
 * Whose units a limit counts.
 */
export const QuotaScope = {
  QUOTA_SCOPE_UNSPECIFIED: 'QUOTA_SCOPE_UNSPECIFIED',
  /**
   * One counter for the whole platform: the upstream API's own limit on our account.
   */
  QUOTA_SCOPE_GLOBAL: 'QUOTA_SCOPE_GLOBAL',
  /**
   * One counter per tenant.
   */
  QUOTA_SCOPE_TENANT: 'QUOTA_SCOPE_TENANT',
  /**
   * One counter per tenant and key (the key the caller names in AcquireGrant, e.g. an
   * upstream API key id or an end user).
   */
  QUOTA_SCOPE_KEY: 'QUOTA_SCOPE_KEY',
} as const;

/**
 * Whose units a limit counts.
 */
export type QuotaScope =
  | 'QUOTA_SCOPE_UNSPECIFIED'
  | 0
  /**
   * One counter for the whole platform: the upstream API's own limit on our account.
   */
  | 'QUOTA_SCOPE_GLOBAL'
  | 1
  /**
   * One counter per tenant.
   */
  | 'QUOTA_SCOPE_TENANT'
  | 2
  /**
   * One counter per tenant and key (the key the caller names in AcquireGrant, e.g. an
   * upstream API key id or an end user).
   */
  | 'QUOTA_SCOPE_KEY'
  | 3

/**
 * Whose units a limit counts.
 */
export type QuotaScope__Output = typeof QuotaScope[keyof typeof QuotaScope]
