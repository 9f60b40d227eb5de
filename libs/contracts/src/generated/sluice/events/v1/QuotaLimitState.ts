// Original file: sluice/events/v1/events.proto

import type { Long } from '@grpc/proto-loader';

/**
 * The state of one limit's counter in a quota event (sluice.quota.v1.LimitStatus, flattened).
 */
export interface QuotaLimitState {
  'limit_id'?: (string);
  'limit_name'?: (string);
  /**
   * sluice.quota.v1 enum value names, e.g. "QUOTA_UNIT_REQUESTS", "QUOTA_SCOPE_TENANT".
   */
  'unit'?: (string);
  'scope'?: (string);
  'partition'?: (string);
  'amount'?: (number | string | Long);
  'used'?: (number | string | Long);
  'remaining'?: (number | string | Long);
  'resets_at'?: (string);
}

/**
 * The state of one limit's counter in a quota event (sluice.quota.v1.LimitStatus, flattened).
 */
export interface QuotaLimitState__Output {
  'limit_id': (string);
  'limit_name': (string);
  /**
   * sluice.quota.v1 enum value names, e.g. "QUOTA_UNIT_REQUESTS", "QUOTA_SCOPE_TENANT".
   */
  'unit': (string);
  'scope': (string);
  'partition': (string);
  'amount': (string);
  'used': (string);
  'remaining': (string);
  'resets_at': (string);
}
