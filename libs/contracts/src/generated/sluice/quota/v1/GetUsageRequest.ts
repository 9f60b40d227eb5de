// Original file: sluice/quota/v1/quota.proto

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
   * Bucket width; 0 = one bucket for the whole range.
   */
  'bucket_ms'?: (number | string | Long);
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
   * Bucket width; 0 = one bucket for the whole range.
   */
  'bucket_ms': (string);
}
