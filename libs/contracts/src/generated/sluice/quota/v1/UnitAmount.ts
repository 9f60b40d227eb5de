// Original file: sluice/quota/v1/quota.proto

import type { QuotaUnit as _sluice_quota_v1_QuotaUnit, QuotaUnit__Output as _sluice_quota_v1_QuotaUnit__Output } from '../../../sluice/quota/v1/QuotaUnit.ts';
import type { Long } from '@grpc/proto-loader';

export interface UnitAmount {
  'unit'?: (_sluice_quota_v1_QuotaUnit);
  'amount'?: (number | string | Long);
}

export interface UnitAmount__Output {
  'unit': (_sluice_quota_v1_QuotaUnit__Output);
  'amount': (string);
}
