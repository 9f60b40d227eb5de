// Original file: sluice/events/v1/events.proto

import type { Long } from '@grpc/proto-loader';

/**
 * type "sluice.quota.usage": a grant committed (or refunded, with zero amounts).
 */
export interface QuotaUsage {
  'tenant_id'?: (string);
  'resource'?: (string);
  'key'?: (string);
  'grant_id'?: (string);
  /**
   * sluice.quota.v1.QuotaUnit name, e.g. "QUOTA_UNIT_TOKENS".
   */
  'unit'?: (string);
  'granted'?: (number | string | Long);
  'used'?: (number | string | Long);
  /**
   * The window's state after this commit: the limit and what remains of it.
   */
  'limit'?: (number | string | Long);
  'remaining'?: (number | string | Long);
  'window_started_at'?: (string);
  'resets_at'?: (string);
  'workflow_id'?: (string);
  'attempt_id'?: (string);
  'at'?: (string);
}

/**
 * type "sluice.quota.usage": a grant committed (or refunded, with zero amounts).
 */
export interface QuotaUsage__Output {
  'tenant_id': (string);
  'resource': (string);
  'key': (string);
  'grant_id': (string);
  /**
   * sluice.quota.v1.QuotaUnit name, e.g. "QUOTA_UNIT_TOKENS".
   */
  'unit': (string);
  'granted': (string);
  'used': (string);
  /**
   * The window's state after this commit: the limit and what remains of it.
   */
  'limit': (string);
  'remaining': (string);
  'window_started_at': (string);
  'resets_at': (string);
  'workflow_id': (string);
  'attempt_id': (string);
  'at': (string);
}
