// Original file: sluice/quota/v1/quota.proto

import type { UnitAmount as _sluice_quota_v1_UnitAmount, UnitAmount__Output as _sluice_quota_v1_UnitAmount__Output } from '../../../sluice/quota/v1/UnitAmount.ts';
import type { Long } from '@grpc/proto-loader';

export interface AcquireGrantRequest {
  'tenant_id'?: (string);
  'resource'?: (string);
  /**
   * The scope keys: the API key and workflow type the units are spent for ("" = none).
   */
  'api_key'?: (string);
  'workflow_type'?: (string);
  /**
   * Requests, input and output tokens; cost is computed from the price table.
   */
  'amounts'?: (_sluice_quota_v1_UnitAmount)[];
  /**
   * An ACTIVE grant expires this long after not_before. 0 = the server default.
   */
  'ttl_ms'?: (number);
  /**
   * "" = none. A retried acquire with the same key answers with the first grant.
   */
  'idempotency_key'?: (string);
  /**
   * For the ledger, cost per workflow, and a place in line (below).
   */
  'workflow_id'?: (string);
  'stage'?: (string);
  'attempt_id'?: (string);
  /**
   * 0 = decide now. > 0 = when refused, take a grant that starts at the earliest time the
   * amounts fit, if that is within max_wait_ms. A later AcquireGrant for the same workflow,
   * stage and resource gets that grant back (once) instead of a new reservation.
   */
  'max_wait_ms'?: (number | string | Long);
}

export interface AcquireGrantRequest__Output {
  'tenant_id': (string);
  'resource': (string);
  /**
   * The scope keys: the API key and workflow type the units are spent for ("" = none).
   */
  'api_key': (string);
  'workflow_type': (string);
  /**
   * Requests, input and output tokens; cost is computed from the price table.
   */
  'amounts': (_sluice_quota_v1_UnitAmount__Output)[];
  /**
   * An ACTIVE grant expires this long after not_before. 0 = the server default.
   */
  'ttl_ms': (number);
  /**
   * "" = none. A retried acquire with the same key answers with the first grant.
   */
  'idempotency_key': (string);
  /**
   * For the ledger, cost per workflow, and a place in line (below).
   */
  'workflow_id': (string);
  'stage': (string);
  'attempt_id': (string);
  /**
   * 0 = decide now. > 0 = when refused, take a grant that starts at the earliest time the
   * amounts fit, if that is within max_wait_ms. A later AcquireGrant for the same workflow,
   * stage and resource gets that grant back (once) instead of a new reservation.
   */
  'max_wait_ms': (string);
}
