// Original file: sluice/quota/v1/quota.proto

import type { Grant as _sluice_quota_v1_Grant, Grant__Output as _sluice_quota_v1_Grant__Output } from '../../../sluice/quota/v1/Grant.ts';
import type { ItemError as _sluice_quota_v1_ItemError, ItemError__Output as _sluice_quota_v1_ItemError__Output } from '../../../sluice/quota/v1/ItemError.ts';

export interface SettleGrantResult {
  'grant'?: (_sluice_quota_v1_Grant | null);
  'error'?: (_sluice_quota_v1_ItemError | null);
  'result'?: "grant"|"error";
}

export interface SettleGrantResult__Output {
  'grant'?: (_sluice_quota_v1_Grant__Output | null);
  'error'?: (_sluice_quota_v1_ItemError__Output | null);
  'result'?: "grant"|"error";
}
