// Original file: sluice/quota/v1/quota.proto

export const GrantState = {
  GRANT_STATE_UNSPECIFIED: 'GRANT_STATE_UNSPECIFIED',
  /**
   * Units reserved, not yet settled.
   */
  GRANT_STATE_ACTIVE: 'GRANT_STATE_ACTIVE',
  GRANT_STATE_COMMITTED: 'GRANT_STATE_COMMITTED',
  GRANT_STATE_REFUNDED: 'GRANT_STATE_REFUNDED',
  /**
   * Neither committed nor refunded before expires_at: the reservation counts as used.
   */
  GRANT_STATE_EXPIRED: 'GRANT_STATE_EXPIRED',
} as const;

export type GrantState =
  | 'GRANT_STATE_UNSPECIFIED'
  | 0
  /**
   * Units reserved, not yet settled.
   */
  | 'GRANT_STATE_ACTIVE'
  | 1
  | 'GRANT_STATE_COMMITTED'
  | 2
  | 'GRANT_STATE_REFUNDED'
  | 3
  /**
   * Neither committed nor refunded before expires_at: the reservation counts as used.
   */
  | 'GRANT_STATE_EXPIRED'
  | 4

export type GrantState__Output = typeof GrantState[keyof typeof GrantState]
