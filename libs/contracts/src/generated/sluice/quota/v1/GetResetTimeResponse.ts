// Original file: sluice/quota/v1/quota.proto

import type { LimitStatus as _sluice_quota_v1_LimitStatus, LimitStatus__Output as _sluice_quota_v1_LimitStatus__Output } from '../../../sluice/quota/v1/LimitStatus.ts';
import type { Long } from '@grpc/proto-loader';

export interface GetResetTimeResponse {
  'available_now'?: (boolean);
  /**
   * "" when available now.
   */
  'available_at'?: (string);
  'retry_after_ms'?: (number | string | Long);
  'limiting'?: (_sluice_quota_v1_LimitStatus)[];
  'server_time'?: (string);
}

export interface GetResetTimeResponse__Output {
  'available_now': (boolean);
  /**
   * "" when available now.
   */
  'available_at': (string);
  'retry_after_ms': (string);
  'limiting': (_sluice_quota_v1_LimitStatus__Output)[];
  'server_time': (string);
}
