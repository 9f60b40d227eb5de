// Original file: sluice/events/v1/events.proto

import type { Long } from '@grpc/proto-loader';

/**
 * type "sluice.quota.refused": AcquireGrant answered granted = false.
 */
export interface QuotaRefused {
  'tenant_id'?: (string);
  'resource'?: (string);
  'key'?: (string);
  'unit'?: (string);
  'requested'?: (number | string | Long);
  'remaining'?: (number | string | Long);
  'retry_at'?: (string);
  'workflow_id'?: (string);
  'at'?: (string);
}

/**
 * type "sluice.quota.refused": AcquireGrant answered granted = false.
 */
export interface QuotaRefused__Output {
  'tenant_id': (string);
  'resource': (string);
  'key': (string);
  'unit': (string);
  'requested': (string);
  'remaining': (string);
  'retry_at': (string);
  'workflow_id': (string);
  'at': (string);
}
