// Original file: sluice/quota/v1/quota.proto

import type { UnitAmount as _sluice_quota_v1_UnitAmount, UnitAmount__Output as _sluice_quota_v1_UnitAmount__Output } from '../../../sluice/quota/v1/UnitAmount.ts';
import type { GrantState as _sluice_quota_v1_GrantState, GrantState__Output as _sluice_quota_v1_GrantState__Output } from '../../../sluice/quota/v1/GrantState.ts';

export interface Grant {
  'id'?: (string);
  'tenant_id'?: (string);
  'resource'?: (string);
  'key'?: (string);
  /**
   * Reserved by AcquireGrant.
   */
  'amounts'?: (_sluice_quota_v1_UnitAmount)[];
  /**
   * Set by CommitGrant.
   */
  'used'?: (_sluice_quota_v1_UnitAmount)[];
  'state'?: (_sluice_quota_v1_GrantState);
  'created_at'?: (string);
  /**
   * An ACTIVE grant expires (and its units go back) at this time.
   */
  'expires_at'?: (string);
  'workflow_id'?: (string);
  'attempt_id'?: (string);
}

export interface Grant__Output {
  'id': (string);
  'tenant_id': (string);
  'resource': (string);
  'key': (string);
  /**
   * Reserved by AcquireGrant.
   */
  'amounts': (_sluice_quota_v1_UnitAmount__Output)[];
  /**
   * Set by CommitGrant.
   */
  'used': (_sluice_quota_v1_UnitAmount__Output)[];
  'state': (_sluice_quota_v1_GrantState__Output);
  'created_at': (string);
  /**
   * An ACTIVE grant expires (and its units go back) at this time.
   */
  'expires_at': (string);
  'workflow_id': (string);
  'attempt_id': (string);
}
