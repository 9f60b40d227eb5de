// Original file: sluice/quota/v1/quota.proto

import type { Limit as _sluice_quota_v1_Limit, Limit__Output as _sluice_quota_v1_Limit__Output } from '../../../sluice/quota/v1/Limit.ts';
import type { Long } from '@grpc/proto-loader';

/**
 * Where one limit stands in its current window.
 */
export interface LimitStatus {
  'limit'?: (_sluice_quota_v1_Limit | null);
  /**
   * Committed in the window.
   */
  'used'?: (number | string | Long);
  /**
   * Held by active grants.
   */
  'reserved'?: (number | string | Long);
  /**
   * limit.amount - used - reserved, never below 0.
   */
  'remaining'?: (number | string | Long);
  'window_started_at'?: (string);
  /**
   * When enough units free up for the next grant; for FIXED windows the window's end.
   */
  'resets_at'?: (string);
}

/**
 * Where one limit stands in its current window.
 */
export interface LimitStatus__Output {
  'limit': (_sluice_quota_v1_Limit__Output | null);
  /**
   * Committed in the window.
   */
  'used': (string);
  /**
   * Held by active grants.
   */
  'reserved': (string);
  /**
   * limit.amount - used - reserved, never below 0.
   */
  'remaining': (string);
  'window_started_at': (string);
  /**
   * When enough units free up for the next grant; for FIXED windows the window's end.
   */
  'resets_at': (string);
}
