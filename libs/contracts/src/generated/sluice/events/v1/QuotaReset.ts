// Original file: sluice/events/v1/events.proto

import type { QuotaLimitState as _sluice_events_v1_QuotaLimitState, QuotaLimitState__Output as _sluice_events_v1_QuotaLimitState__Output } from '../../../sluice/events/v1/QuotaLimitState.ts';

/**
 * type "sluice.quota.reset": a fixed or calendar window that had refused grants has reset.
 */
export interface QuotaReset {
  'tenant_id'?: (string);
  'resource'?: (string);
  'limit'?: (_sluice_events_v1_QuotaLimitState | null);
  'window_started_at'?: (string);
  'at'?: (string);
}

/**
 * type "sluice.quota.reset": a fixed or calendar window that had refused grants has reset.
 */
export interface QuotaReset__Output {
  'tenant_id': (string);
  'resource': (string);
  'limit': (_sluice_events_v1_QuotaLimitState__Output | null);
  'window_started_at': (string);
  'at': (string);
}
