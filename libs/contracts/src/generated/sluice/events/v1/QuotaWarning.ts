// Original file: sluice/events/v1/events.proto

import type { QuotaLimitState as _sluice_events_v1_QuotaLimitState, QuotaLimitState__Output as _sluice_events_v1_QuotaLimitState__Output } from '../../../sluice/events/v1/QuotaLimitState.ts';

/**
 * type "sluice.quota.warning": a counter went past the warning threshold
 * (SLUICE_QUOTA_WARN_PERCENT, default 80) of its limit.
 */
export interface QuotaWarning {
  'tenant_id'?: (string);
  'resource'?: (string);
  'limit'?: (_sluice_events_v1_QuotaLimitState | null);
  'threshold_percent'?: (number);
  'utilisation'?: (number | string);
  'at'?: (string);
}

/**
 * type "sluice.quota.warning": a counter went past the warning threshold
 * (SLUICE_QUOTA_WARN_PERCENT, default 80) of its limit.
 */
export interface QuotaWarning__Output {
  'tenant_id': (string);
  'resource': (string);
  'limit': (_sluice_events_v1_QuotaLimitState__Output | null);
  'threshold_percent': (number);
  'utilisation': (number);
  'at': (string);
}
