// Original file: sluice/quota/v1/quota.proto

import type { AcquireGrantRequest as _sluice_quota_v1_AcquireGrantRequest, AcquireGrantRequest__Output as _sluice_quota_v1_AcquireGrantRequest__Output } from '../../../sluice/quota/v1/AcquireGrantRequest.ts';

export interface AcquireGrantsRequest {
  'items'?: (_sluice_quota_v1_AcquireGrantRequest)[];
}

export interface AcquireGrantsRequest__Output {
  'items': (_sluice_quota_v1_AcquireGrantRequest__Output)[];
}
