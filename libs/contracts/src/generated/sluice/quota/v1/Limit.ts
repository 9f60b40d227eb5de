// Original file: sluice/quota/v1/quota.proto

import type { QuotaUnit as _sluice_quota_v1_QuotaUnit, QuotaUnit__Output as _sluice_quota_v1_QuotaUnit__Output } from '../../../sluice/quota/v1/QuotaUnit.ts';
import type { QuotaScope as _sluice_quota_v1_QuotaScope, QuotaScope__Output as _sluice_quota_v1_QuotaScope__Output } from '../../../sluice/quota/v1/QuotaScope.ts';
import type { QuotaWindow as _sluice_quota_v1_QuotaWindow, QuotaWindow__Output as _sluice_quota_v1_QuotaWindow__Output } from '../../../sluice/quota/v1/QuotaWindow.ts';
import type { CalendarUnit as _sluice_quota_v1_CalendarUnit, CalendarUnit__Output as _sluice_quota_v1_CalendarUnit__Output } from '../../../sluice/quota/v1/CalendarUnit.ts';
import type { Long } from '@grpc/proto-loader';

export interface Limit {
  /**
   * Set by the service.
   */
  'id'?: (string);
  'resource'?: (string);
  /**
   * Names the limit within its resource ("rpm", "daily-cap"); a tenant's own limit with the
   * name of a default replaces the default for that tenant.
   */
  'name'?: (string);
  'unit'?: (_sluice_quota_v1_QuotaUnit);
  'scope'?: (_sluice_quota_v1_QuotaScope);
  /**
   * "" = for every tenant (each its own counter unless GLOBAL); set = that tenant only.
   */
  'tenant_id'?: (string);
  /**
   * For API_KEY and WORKFLOW_TYPE: "" = each key (type) its own counter; set = that one only.
   */
  'subject'?: (string);
  /**
   * Units per window (held at once for CONCURRENT); greater than 0.
   */
  'amount'?: (number | string | Long);
  'window'?: (_sluice_quota_v1_QuotaWindow);
  /**
   * ROLLING and FIXED: the period; 0 otherwise.
   */
  'window_ms'?: (number | string | Long);
  /**
   * CALENDAR: the boundary and the IANA time zone it is counted in ("" = UTC).
   */
  'calendar_unit'?: (_sluice_quota_v1_CalendarUnit);
  'time_zone'?: (string);
  /**
   * ROLLING: units admitted at once; 0 = amount (the providers' bucket).
   */
  'burst'?: (number | string | Long);
  'description'?: (string);
  'updated_at'?: (string);
}

export interface Limit__Output {
  /**
   * Set by the service.
   */
  'id': (string);
  'resource': (string);
  /**
   * Names the limit within its resource ("rpm", "daily-cap"); a tenant's own limit with the
   * name of a default replaces the default for that tenant.
   */
  'name': (string);
  'unit': (_sluice_quota_v1_QuotaUnit__Output);
  'scope': (_sluice_quota_v1_QuotaScope__Output);
  /**
   * "" = for every tenant (each its own counter unless GLOBAL); set = that tenant only.
   */
  'tenant_id': (string);
  /**
   * For API_KEY and WORKFLOW_TYPE: "" = each key (type) its own counter; set = that one only.
   */
  'subject': (string);
  /**
   * Units per window (held at once for CONCURRENT); greater than 0.
   */
  'amount': (string);
  'window': (_sluice_quota_v1_QuotaWindow__Output);
  /**
   * ROLLING and FIXED: the period; 0 otherwise.
   */
  'window_ms': (string);
  /**
   * CALENDAR: the boundary and the IANA time zone it is counted in ("" = UTC).
   */
  'calendar_unit': (_sluice_quota_v1_CalendarUnit__Output);
  'time_zone': (string);
  /**
   * ROLLING: units admitted at once; 0 = amount (the providers' bucket).
   */
  'burst': (string);
  'description': (string);
  'updated_at': (string);
}
