// Original file: sluice/quota/v1/quota.proto

/**
 * Why a grant was refused.
 */
export const DenialReason = {
  DENIAL_REASON_UNSPECIFIED: 'DENIAL_REASON_UNSPECIFIED',
  /**
   * A rolling (GCRA) limit has no room yet.
   */
  DENIAL_REASON_RATE_LIMITED: 'DENIAL_REASON_RATE_LIMITED',
  /**
   * A fixed or calendar window is used up until it resets.
   */
  DENIAL_REASON_WINDOW_EXHAUSTED: 'DENIAL_REASON_WINDOW_EXHAUSTED',
  /**
   * A concurrency limit is full until a grant is settled.
   */
  DENIAL_REASON_CONCURRENCY: 'DENIAL_REASON_CONCURRENCY',
  /**
   * A cost limit is used up.
   */
  DENIAL_REASON_BUDGET_EXHAUSTED: 'DENIAL_REASON_BUDGET_EXHAUSTED',
  /**
   * The upstream said to back off (a 429, Retry-After), reported with ReportUpstream.
   */
  DENIAL_REASON_UPSTREAM_BACKOFF: 'DENIAL_REASON_UPSTREAM_BACKOFF',
} as const;

/**
 * Why a grant was refused.
 */
export type DenialReason =
  | 'DENIAL_REASON_UNSPECIFIED'
  | 0
  /**
   * A rolling (GCRA) limit has no room yet.
   */
  | 'DENIAL_REASON_RATE_LIMITED'
  | 1
  /**
   * A fixed or calendar window is used up until it resets.
   */
  | 'DENIAL_REASON_WINDOW_EXHAUSTED'
  | 2
  /**
   * A concurrency limit is full until a grant is settled.
   */
  | 'DENIAL_REASON_CONCURRENCY'
  | 3
  /**
   * A cost limit is used up.
   */
  | 'DENIAL_REASON_BUDGET_EXHAUSTED'
  | 4
  /**
   * The upstream said to back off (a 429, Retry-After), reported with ReportUpstream.
   */
  | 'DENIAL_REASON_UPSTREAM_BACKOFF'
  | 5

/**
 * Why a grant was refused.
 */
export type DenialReason__Output = typeof DenialReason[keyof typeof DenialReason]
