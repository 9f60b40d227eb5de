// Original file: sluice/quota/v1/quota.proto

import type { LimitStatus as _sluice_quota_v1_LimitStatus, LimitStatus__Output as _sluice_quota_v1_LimitStatus__Output } from '../../../sluice/quota/v1/LimitStatus.ts';

export interface GetQuotaStatusResponse {
  'limits'?: (_sluice_quota_v1_LimitStatus)[];
  'server_time'?: (string);
}

export interface GetQuotaStatusResponse__Output {
  'limits': (_sluice_quota_v1_LimitStatus__Output)[];
  'server_time': (string);
}
