// Original file: sluice/quota/v1/quota.proto

import type { UnitAmount as _sluice_quota_v1_UnitAmount, UnitAmount__Output as _sluice_quota_v1_UnitAmount__Output } from '../../../sluice/quota/v1/UnitAmount.ts';

export interface AcquireGrantRequest {
  'tenant_id'?: (string);
  'resource'?: (string);
  /**
   * For KEY-scoped limits; "" = none.
   */
  'key'?: (string);
  'amounts'?: (_sluice_quota_v1_UnitAmount)[];
  /**
   * Unused units return when the grant is neither committed nor refunded by then.
   * 0 = the server default.
   */
  'ttl_ms'?: (number);
  /**
   * "" = none. A retried acquire with the same key returns the first answer's grant.
   */
  'idempotency_key'?: (string);
  /**
   * For the ledger and cost per workflow.
   */
  'workflow_id'?: (string);
  'attempt_id'?: (string);
}

export interface AcquireGrantRequest__Output {
  'tenant_id': (string);
  'resource': (string);
  /**
   * For KEY-scoped limits; "" = none.
   */
  'key': (string);
  'amounts': (_sluice_quota_v1_UnitAmount__Output)[];
  /**
   * Unused units return when the grant is neither committed nor refunded by then.
   * 0 = the server default.
   */
  'ttl_ms': (number);
  /**
   * "" = none. A retried acquire with the same key returns the first answer's grant.
   */
  'idempotency_key': (string);
  /**
   * For the ledger and cost per workflow.
   */
  'workflow_id': (string);
  'attempt_id': (string);
}
