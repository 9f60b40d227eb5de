// Original file: sluice/events/v1/events.proto

import type { QuotaLimitState as _sluice_events_v1_QuotaLimitState, QuotaLimitState__Output as _sluice_events_v1_QuotaLimitState__Output } from '../../../sluice/events/v1/QuotaLimitState.ts';

/**
 * type "sluice.quota.exceeded": a grant was refused by `limit` (at most one event per limit,
 * counter and window, or per second for rolling limits, however many callers were refused).
 */
export interface QuotaExceeded {
  'tenant_id'?: (string);
  'resource'?: (string);
  'limit'?: (_sluice_events_v1_QuotaLimitState | null);
  /**
   * sluice.quota.v1.DenialReason value name.
   */
  'reason'?: (string);
  'retry_at'?: (string);
  'workflow_id'?: (string);
  'at'?: (string);
}

/**
 * type "sluice.quota.exceeded": a grant was refused by `limit` (at most one event per limit,
 * counter and window, or per second for rolling limits, however many callers were refused).
 */
export interface QuotaExceeded__Output {
  'tenant_id': (string);
  'resource': (string);
  'limit': (_sluice_events_v1_QuotaLimitState__Output | null);
  /**
   * sluice.quota.v1.DenialReason value name.
   */
  'reason': (string);
  'retry_at': (string);
  'workflow_id': (string);
  'at': (string);
}
