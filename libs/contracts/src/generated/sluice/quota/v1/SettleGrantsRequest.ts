// Original file: sluice/quota/v1/quota.proto

import type { SettleGrantItem as _sluice_quota_v1_SettleGrantItem, SettleGrantItem__Output as _sluice_quota_v1_SettleGrantItem__Output } from '../../../sluice/quota/v1/SettleGrantItem.ts';

export interface SettleGrantsRequest {
  'items'?: (_sluice_quota_v1_SettleGrantItem)[];
}

export interface SettleGrantsRequest__Output {
  'items': (_sluice_quota_v1_SettleGrantItem__Output)[];
}
