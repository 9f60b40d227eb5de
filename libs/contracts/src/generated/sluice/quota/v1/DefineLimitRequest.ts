// Original file: sluice/quota/v1/quota.proto

import type { Limit as _sluice_quota_v1_Limit, Limit__Output as _sluice_quota_v1_Limit__Output } from '../../../sluice/quota/v1/Limit.ts';

export interface DefineLimitRequest {
  'limit'?: (_sluice_quota_v1_Limit | null);
}

export interface DefineLimitRequest__Output {
  'limit': (_sluice_quota_v1_Limit__Output | null);
}
