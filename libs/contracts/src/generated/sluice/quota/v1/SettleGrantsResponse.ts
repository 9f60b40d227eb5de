// Original file: sluice/quota/v1/quota.proto

import type { SettleGrantResult as _sluice_quota_v1_SettleGrantResult, SettleGrantResult__Output as _sluice_quota_v1_SettleGrantResult__Output } from '../../../sluice/quota/v1/SettleGrantResult.ts';

export interface SettleGrantsResponse {
  /**
   * One per item, in order.
   */
  'results'?: (_sluice_quota_v1_SettleGrantResult)[];
}

export interface SettleGrantsResponse__Output {
  /**
   * One per item, in order.
   */
  'results': (_sluice_quota_v1_SettleGrantResult__Output)[];
}
