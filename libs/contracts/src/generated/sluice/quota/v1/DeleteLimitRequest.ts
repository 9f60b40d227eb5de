// Original file: sluice/quota/v1/quota.proto

import type { QuotaUnit as _sluice_quota_v1_QuotaUnit, QuotaUnit__Output as _sluice_quota_v1_QuotaUnit__Output } from '../../../sluice/quota/v1/QuotaUnit.ts';
import type { QuotaScope as _sluice_quota_v1_QuotaScope, QuotaScope__Output as _sluice_quota_v1_QuotaScope__Output } from '../../../sluice/quota/v1/QuotaScope.ts';

export interface DeleteLimitRequest {
  'resource'?: (string);
  'unit'?: (_sluice_quota_v1_QuotaUnit);
  'scope'?: (_sluice_quota_v1_QuotaScope);
  'tenant_id'?: (string);
  'key'?: (string);
}

export interface DeleteLimitRequest__Output {
  'resource': (string);
  'unit': (_sluice_quota_v1_QuotaUnit__Output);
  'scope': (_sluice_quota_v1_QuotaScope__Output);
  'tenant_id': (string);
  'key': (string);
}
