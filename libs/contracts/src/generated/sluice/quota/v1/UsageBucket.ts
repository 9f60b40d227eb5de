// Original file: sluice/quota/v1/quota.proto

import type { UnitAmount as _sluice_quota_v1_UnitAmount, UnitAmount__Output as _sluice_quota_v1_UnitAmount__Output } from '../../../sluice/quota/v1/UnitAmount.ts';

export interface UsageBucket {
  'resource'?: (string);
  'key'?: (string);
  'start'?: (string);
  'end'?: (string);
  'used'?: (_sluice_quota_v1_UnitAmount)[];
  'grants'?: (number);
  'refused'?: (number);
}

export interface UsageBucket__Output {
  'resource': (string);
  'key': (string);
  'start': (string);
  'end': (string);
  'used': (_sluice_quota_v1_UnitAmount__Output)[];
  'grants': (number);
  'refused': (number);
}
