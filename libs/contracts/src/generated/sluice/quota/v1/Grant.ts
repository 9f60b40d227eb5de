// Original file: sluice/quota/v1/quota.proto

import type { UnitAmount as _sluice_quota_v1_UnitAmount, UnitAmount__Output as _sluice_quota_v1_UnitAmount__Output } from '../../../sluice/quota/v1/UnitAmount.ts';
import type { GrantState as _sluice_quota_v1_GrantState, GrantState__Output as _sluice_quota_v1_GrantState__Output } from '../../../sluice/quota/v1/GrantState.ts';

export interface Grant {
  'id'?: (string);
  'tenant_id'?: (string);
  'resource'?: (string);
  'api_key'?: (string);
  'workflow_type'?: (string);
  /**
   * Reserved by AcquireGrant (cost included when the resource has prices).
   */
  'amounts'?: (_sluice_quota_v1_UnitAmount)[];
  /**
   * Set by CommitGrant (cost computed from the price table).
   */
  'used'?: (_sluice_quota_v1_UnitAmount)[];
  /**
   * Used beyond the reservation.
   */
  'overage'?: (_sluice_quota_v1_UnitAmount)[];
  'state'?: (_sluice_quota_v1_GrantState);
  'created_at'?: (string);
  /**
   * A future-dated grant may be used from this time; else created_at.
   */
  'not_before'?: (string);
  /**
   * An ACTIVE grant expires (and counts as used) at this time.
   */
  'expires_at'?: (string);
  'settled_at'?: (string);
  'workflow_id'?: (string);
  'stage'?: (string);
  'attempt_id'?: (string);
}

export interface Grant__Output {
  'id': (string);
  'tenant_id': (string);
  'resource': (string);
  'api_key': (string);
  'workflow_type': (string);
  /**
   * Reserved by AcquireGrant (cost included when the resource has prices).
   */
  'amounts': (_sluice_quota_v1_UnitAmount__Output)[];
  /**
   * Set by CommitGrant (cost computed from the price table).
   */
  'used': (_sluice_quota_v1_UnitAmount__Output)[];
  /**
   * Used beyond the reservation.
   */
  'overage': (_sluice_quota_v1_UnitAmount__Output)[];
  'state': (_sluice_quota_v1_GrantState__Output);
  'created_at': (string);
  /**
   * A future-dated grant may be used from this time; else created_at.
   */
  'not_before': (string);
  /**
   * An ACTIVE grant expires (and counts as used) at this time.
   */
  'expires_at': (string);
  'settled_at': (string);
  'workflow_id': (string);
  'stage': (string);
  'attempt_id': (string);
}
