// Original file: sluice/quota/v1/quota.proto

/**
 * What a limit counts.
 */
export const QuotaUnit = {
  QUOTA_UNIT_UNSPECIFIED: 'QUOTA_UNIT_UNSPECIFIED',
  QUOTA_UNIT_REQUESTS: 'QUOTA_UNIT_REQUESTS',
  QUOTA_UNIT_INPUT_TOKENS: 'QUOTA_UNIT_INPUT_TOKENS',
  QUOTA_UNIT_OUTPUT_TOKENS: 'QUOTA_UNIT_OUTPUT_TOKENS',
  /**
   * Input + output tokens.
   */
  QUOTA_UNIT_TOTAL_TOKENS: 'QUOTA_UNIT_TOTAL_TOKENS',
  /**
   * Cost in millionths of the account currency, from the resource's price table.
   */
  QUOTA_UNIT_COST_MICROS: 'QUOTA_UNIT_COST_MICROS',
} as const;

/**
 * What a limit counts.
 */
export type QuotaUnit =
  | 'QUOTA_UNIT_UNSPECIFIED'
  | 0
  | 'QUOTA_UNIT_REQUESTS'
  | 1
  | 'QUOTA_UNIT_INPUT_TOKENS'
  | 2
  | 'QUOTA_UNIT_OUTPUT_TOKENS'
  | 3
  /**
   * Input + output tokens.
   */
  | 'QUOTA_UNIT_TOTAL_TOKENS'
  | 4
  /**
   * Cost in millionths of the account currency, from the resource's price table.
   */
  | 'QUOTA_UNIT_COST_MICROS'
  | 5

/**
 * What a limit counts.
 */
export type QuotaUnit__Output = typeof QuotaUnit[keyof typeof QuotaUnit]
