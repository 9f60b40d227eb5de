// Original file: sluice/quota/v1/quota.proto

import type { Grant as _sluice_quota_v1_Grant, Grant__Output as _sluice_quota_v1_Grant__Output } from '../../../sluice/quota/v1/Grant.ts';
import type { DenialReason as _sluice_quota_v1_DenialReason, DenialReason__Output as _sluice_quota_v1_DenialReason__Output } from '../../../sluice/quota/v1/DenialReason.ts';
import type { LimitStatus as _sluice_quota_v1_LimitStatus, LimitStatus__Output as _sluice_quota_v1_LimitStatus__Output } from '../../../sluice/quota/v1/LimitStatus.ts';
import type { Long } from '@grpc/proto-loader';

export interface AcquireGrantResponse {
  'granted'?: (boolean);
  /**
   * Set when granted.
   */
  'grant'?: (_sluice_quota_v1_Grant | null);
  /**
   * Set when refused: the earliest time every limit lets the amounts through (ms precision).
   */
  'retry_at'?: (string);
  'retry_after_ms'?: (number | string | Long);
  /**
   * Set when refused: the refusing limit that resets last, in words.
   */
  'reason'?: (string);
  'denial_reason'?: (_sluice_quota_v1_DenialReason);
  /**
   * The limits that refused, with what remains and when each would allow the request.
   */
  'limiting'?: (_sluice_quota_v1_LimitStatus)[];
  /**
   * Every limit that applied, after this decision.
   */
  'limits'?: (_sluice_quota_v1_LimitStatus)[];
  'server_time'?: (string);
}

export interface AcquireGrantResponse__Output {
  'granted': (boolean);
  /**
   * Set when granted.
   */
  'grant': (_sluice_quota_v1_Grant__Output | null);
  /**
   * Set when refused: the earliest time every limit lets the amounts through (ms precision).
   */
  'retry_at': (string);
  'retry_after_ms': (string);
  /**
   * Set when refused: the refusing limit that resets last, in words.
   */
  'reason': (string);
  'denial_reason': (_sluice_quota_v1_DenialReason__Output);
  /**
   * The limits that refused, with what remains and when each would allow the request.
   */
  'limiting': (_sluice_quota_v1_LimitStatus__Output)[];
  /**
   * Every limit that applied, after this decision.
   */
  'limits': (_sluice_quota_v1_LimitStatus__Output)[];
  'server_time': (string);
}
