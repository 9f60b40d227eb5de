// Original file: sluice/quota/v1/quota.proto

import type { AcquireGrantResponse as _sluice_quota_v1_AcquireGrantResponse, AcquireGrantResponse__Output as _sluice_quota_v1_AcquireGrantResponse__Output } from '../../../sluice/quota/v1/AcquireGrantResponse.ts';
import type { ItemError as _sluice_quota_v1_ItemError, ItemError__Output as _sluice_quota_v1_ItemError__Output } from '../../../sluice/quota/v1/ItemError.ts';

export interface AcquireGrantResult {
  'response'?: (_sluice_quota_v1_AcquireGrantResponse | null);
  'error'?: (_sluice_quota_v1_ItemError | null);
  'result'?: "response"|"error";
}

export interface AcquireGrantResult__Output {
  'response'?: (_sluice_quota_v1_AcquireGrantResponse__Output | null);
  'error'?: (_sluice_quota_v1_ItemError__Output | null);
  'result'?: "response"|"error";
}
