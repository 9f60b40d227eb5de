// Original file: sluice/quota/v1/quota.proto

import type { Resource as _sluice_quota_v1_Resource, Resource__Output as _sluice_quota_v1_Resource__Output } from '../../../sluice/quota/v1/Resource.ts';

export interface PutResourceRequest {
  'resource'?: (_sluice_quota_v1_Resource | null);
}

export interface PutResourceRequest__Output {
  'resource': (_sluice_quota_v1_Resource__Output | null);
}
