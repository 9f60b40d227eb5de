// Original file: sluice/quota/v1/quota.proto

/**
 * What a limit counts.
 */
export const QuotaUnit = {
  QUOTA_UNIT_UNSPECIFIED: 'QUOTA_UNIT_UNSPECIFIED',
  QUOTA_UNIT_REQUESTS: 'QUOTA_UNIT_REQUESTS',
  QUOTA_UNIT_TOKENS: 'QUOTA_UNIT_TOKENS',
  /**
   * Cost in millionths of the account currency (USD unless configured).
   */
  QUOTA_UNIT_COST_MICROS: 'QUOTA_UNIT_COST_MICROS',
  QUOTA_UNIT_BYTES: 'QUOTA_UNIT_BYTES',
} as const;

/**
 * What a limit counts.
 */
export type QuotaUnit =
  | 'QUOTA_UNIT_UNSPECIFIED'
  | 0
  | 'QUOTA_UNIT_REQUESTS'
  | 1
  | 'QUOTA_UNIT_TOKENS'
  | 2
  /**
   * Cost in millionths of the account currency (USD unless configured).
   */
  | 'QUOTA_UNIT_COST_MICROS'
  | 3
  | 'QUOTA_UNIT_BYTES'
  | 4

/**
 * What a limit counts.
 */
export type QuotaUnit__Output = typeof QuotaUnit[keyof typeof QuotaUnit]
