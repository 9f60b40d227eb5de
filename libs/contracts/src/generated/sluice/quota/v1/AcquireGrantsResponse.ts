// Original file: sluice/quota/v1/quota.proto

import type { AcquireGrantResult as _sluice_quota_v1_AcquireGrantResult, AcquireGrantResult__Output as _sluice_quota_v1_AcquireGrantResult__Output } from '../../../sluice/quota/v1/AcquireGrantResult.ts';

export interface AcquireGrantsResponse {
  /**
   * One per item, in order.
   */
  'results'?: (_sluice_quota_v1_AcquireGrantResult)[];
}

export interface AcquireGrantsResponse__Output {
  /**
   * One per item, in order.
   */
  'results': (_sluice_quota_v1_AcquireGrantResult__Output)[];
}
