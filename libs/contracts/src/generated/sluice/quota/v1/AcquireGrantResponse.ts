// Original file: sluice/quota/v1/quota.proto

import type { Grant as _sluice_quota_v1_Grant, Grant__Output as _sluice_quota_v1_Grant__Output } from '../../../sluice/quota/v1/Grant.ts';
import type { LimitStatus as _sluice_quota_v1_LimitStatus, LimitStatus__Output as _sluice_quota_v1_LimitStatus__Output } from '../../../sluice/quota/v1/LimitStatus.ts';

export interface AcquireGrantResponse {
  'granted'?: (boolean);
  /**
   * Set when granted.
   */
  'grant'?: (_sluice_quota_v1_Grant | null);
  /**
   * Set when refused: the earliest time the amounts could fit.
   */
  'retry_at'?: (string);
  /**
   * Set when refused: the limit that refused, e.g. "tokens per 60000 ms for tenant t_1".
   */
  'reason'?: (string);
  /**
   * Every limit that applied, after this decision.
   */
  'limits'?: (_sluice_quota_v1_LimitStatus)[];
}

export interface AcquireGrantResponse__Output {
  'granted': (boolean);
  /**
   * Set when granted.
   */
  'grant': (_sluice_quota_v1_Grant__Output | null);
  /**
   * Set when refused: the earliest time the amounts could fit.
   */
  'retry_at': (string);
  /**
   * Set when refused: the limit that refused, e.g. "tokens per 60000 ms for tenant t_1".
   */
  'reason': (string);
  /**
   * Every limit that applied, after this decision.
   */
  'limits': (_sluice_quota_v1_LimitStatus__Output)[];
}
