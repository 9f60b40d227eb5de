// Original file: sluice/quota/v1/quota.proto

import type { UsageBucket as _sluice_quota_v1_UsageBucket, UsageBucket__Output as _sluice_quota_v1_UsageBucket__Output } from '../../../sluice/quota/v1/UsageBucket.ts';
import type { UnitAmount as _sluice_quota_v1_UnitAmount, UnitAmount__Output as _sluice_quota_v1_UnitAmount__Output } from '../../../sluice/quota/v1/UnitAmount.ts';

export interface GetUsageResponse {
  'buckets'?: (_sluice_quota_v1_UsageBucket)[];
  /**
   * Sum over the range, per unit.
   */
  'total'?: (_sluice_quota_v1_UnitAmount)[];
}

export interface GetUsageResponse__Output {
  'buckets': (_sluice_quota_v1_UsageBucket__Output)[];
  /**
   * Sum over the range, per unit.
   */
  'total': (_sluice_quota_v1_UnitAmount__Output)[];
}
