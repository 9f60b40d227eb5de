// Original file: sluice/quota/v1/quota.proto

import type { Resource as _sluice_quota_v1_Resource, Resource__Output as _sluice_quota_v1_Resource__Output } from '../../../sluice/quota/v1/Resource.ts';

export interface ListResourcesResponse {
  'resources'?: (_sluice_quota_v1_Resource)[];
}

export interface ListResourcesResponse__Output {
  'resources': (_sluice_quota_v1_Resource__Output)[];
}
