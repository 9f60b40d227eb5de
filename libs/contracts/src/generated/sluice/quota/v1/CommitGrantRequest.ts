// Original file: sluice/quota/v1/quota.proto

import type { UnitAmount as _sluice_quota_v1_UnitAmount, UnitAmount__Output as _sluice_quota_v1_UnitAmount__Output } from '../../../sluice/quota/v1/UnitAmount.ts';

export interface CommitGrantRequest {
  'tenant_id'?: (string);
  'grant_id'?: (string);
  /**
   * Requests, input and output tokens really used; unset units count as reserved.
   */
  'used'?: (_sluice_quota_v1_UnitAmount)[];
}

export interface CommitGrantRequest__Output {
  'tenant_id': (string);
  'grant_id': (string);
  /**
   * Requests, input and output tokens really used; unset units count as reserved.
   */
  'used': (_sluice_quota_v1_UnitAmount__Output)[];
}
