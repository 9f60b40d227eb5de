// Original file: sluice/quota/v1/quota.proto

import type { Limit as _sluice_quota_v1_Limit, Limit__Output as _sluice_quota_v1_Limit__Output } from '../../../sluice/quota/v1/Limit.ts';

export interface ListLimitsResponse {
  'limits'?: (_sluice_quota_v1_Limit)[];
}

export interface ListLimitsResponse__Output {
  'limits': (_sluice_quota_v1_Limit__Output)[];
}
