// Original file: sluice/quota/v1/quota.proto

import type { Limit as _sluice_quota_v1_Limit, Limit__Output as _sluice_quota_v1_Limit__Output } from '../../../sluice/quota/v1/Limit.ts';
import type { Long } from '@grpc/proto-loader';

/**
 * Where one limit stands for one counter (a tenant's, a key's...).
 */
export interface LimitStatus {
  'limit'?: (_sluice_quota_v1_Limit | null);
  /**
   * The counter's key: "" for GLOBAL, the tenant, "tenant/key" or "tenant/type".
   */
  'partition'?: (string);
  /**
   * Charged in the current window (held reservations included). For ROLLING: amount - remaining.
   */
  'used'?: (number | string | Long);
  /**
   * Held by ACTIVE grants.
   */
  'reserved'?: (number | string | Long);
  /**
   * What a request could still take now.
   */
  'remaining'?: (number | string | Long);
  /**
   * Amount in effect now: lower than limit.amount while the upstream asked us to slow down.
   */
  'effective_amount'?: (number | string | Long);
  /**
   * used / effective_amount, 0..1 (above 1 after overage).
   */
  'utilisation'?: (number | string);
  /**
   * FIXED and CALENDAR: the current window.
   */
  'window_started_at'?: (string);
  /**
   * When the counter is back to full: the window's end, or for ROLLING the instant the
   * bucket has refilled. "" for an idle counter.
   */
  'resets_at'?: (string);
  'reset_after_ms'?: (number | string | Long);
  /**
   * For a refused request: when this limit would let it through; "" when it does now.
   */
  'retry_at'?: (string);
  'retry_after_ms'?: (number | string | Long);
}

/**
 * Where one limit stands for one counter (a tenant's, a key's...).
 */
export interface LimitStatus__Output {
  'limit': (_sluice_quota_v1_Limit__Output | null);
  /**
   * The counter's key: "" for GLOBAL, the tenant, "tenant/key" or "tenant/type".
   */
  'partition': (string);
  /**
   * Charged in the current window (held reservations included). For ROLLING: amount - remaining.
   */
  'used': (string);
  /**
   * Held by ACTIVE grants.
   */
  'reserved': (string);
  /**
   * What a request could still take now.
   */
  'remaining': (string);
  /**
   * Amount in effect now: lower than limit.amount while the upstream asked us to slow down.
   */
  'effective_amount': (string);
  /**
   * used / effective_amount, 0..1 (above 1 after overage).
   */
  'utilisation': (number);
  /**
   * FIXED and CALENDAR: the current window.
   */
  'window_started_at': (string);
  /**
   * When the counter is back to full: the window's end, or for ROLLING the instant the
   * bucket has refilled. "" for an idle counter.
   */
  'resets_at': (string);
  'reset_after_ms': (string);
  /**
   * For a refused request: when this limit would let it through; "" when it does now.
   */
  'retry_at': (string);
  'retry_after_ms': (string);
}
