// Original file: sluice/quota/v1/quota.proto

import type { UsageGroup as _sluice_quota_v1_UsageGroup, UsageGroup__Output as _sluice_quota_v1_UsageGroup__Output } from '../../../sluice/quota/v1/UsageGroup.ts';
import type { Long } from '@grpc/proto-loader';

export interface GetUsageRequest {
  'tenant_id'?: (string);
  /**
   * "" = every resource.
   */
  'resource'?: (string);
  /**
   * [since, until); "" = the last 24 hours up to now.
   */
  'since'?: (string);
  'until'?: (string);
  /**
   * Bucket width: 0 = one bucket for the whole range; else 60000 (minute), 3600000 (hour)
   * or 86400000 (day).
   */
  'bucket_ms'?: (number | string | Long);
  /**
   * Rows per resource (default), per resource and API key, or per resource and workflow type.
   */
  'group_by'?: (_sluice_quota_v1_UsageGroup);
}

export interface GetUsageRequest__Output {
  'tenant_id': (string);
  /**
   * "" = every resource.
   */
  'resource': (string);
  /**
   * [since, until); "" = the last 24 hours up to now.
   */
  'since': (string);
  'until': (string);
  /**
   * Bucket width: 0 = one bucket for the whole range; else 60000 (minute), 3600000 (hour)
   * or 86400000 (day).
   */
  'bucket_ms': (string);
  /**
   * Rows per resource (default), per resource and API key, or per resource and workflow type.
   */
  'group_by': (_sluice_quota_v1_UsageGroup__Output);
}
