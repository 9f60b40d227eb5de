// Original file: sluice/quota/v1/quota.proto

import type { UnitAmount as _sluice_quota_v1_UnitAmount, UnitAmount__Output as _sluice_quota_v1_UnitAmount__Output } from '../../../sluice/quota/v1/UnitAmount.ts';

export interface GetResetTimeRequest {
  'tenant_id'?: (string);
  'resource'?: (string);
  'api_key'?: (string);
  'workflow_type'?: (string);
  'amounts'?: (_sluice_quota_v1_UnitAmount)[];
}

export interface GetResetTimeRequest__Output {
  'tenant_id': (string);
  'resource': (string);
  'api_key': (string);
  'workflow_type': (string);
  'amounts': (_sluice_quota_v1_UnitAmount__Output)[];
}
