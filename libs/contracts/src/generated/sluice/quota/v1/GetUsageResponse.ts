// Original file: sluice/quota/v1/quota.proto

import type { UsageRow as _sluice_quota_v1_UsageRow, UsageRow__Output as _sluice_quota_v1_UsageRow__Output } from '../../../sluice/quota/v1/UsageRow.ts';

export interface GetUsageResponse {
  'rows'?: (_sluice_quota_v1_UsageRow)[];
  /**
   * Sum over the range per resource (group "").
   */
  'totals'?: (_sluice_quota_v1_UsageRow)[];
  'since'?: (string);
  'until'?: (string);
}

export interface GetUsageResponse__Output {
  'rows': (_sluice_quota_v1_UsageRow__Output)[];
  /**
   * Sum over the range per resource (group "").
   */
  'totals': (_sluice_quota_v1_UsageRow__Output)[];
  'since': (string);
  'until': (string);
}
