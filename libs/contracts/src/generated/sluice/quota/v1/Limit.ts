// Original file: sluice/quota/v1/quota.proto

import type { QuotaUnit as _sluice_quota_v1_QuotaUnit, QuotaUnit__Output as _sluice_quota_v1_QuotaUnit__Output } from '../../../sluice/quota/v1/QuotaUnit.ts';
import type { QuotaScope as _sluice_quota_v1_QuotaScope, QuotaScope__Output as _sluice_quota_v1_QuotaScope__Output } from '../../../sluice/quota/v1/QuotaScope.ts';
import type { QuotaWindow as _sluice_quota_v1_QuotaWindow, QuotaWindow__Output as _sluice_quota_v1_QuotaWindow__Output } from '../../../sluice/quota/v1/QuotaWindow.ts';
import type { Long } from '@grpc/proto-loader';

export interface Limit {
  'resource'?: (string);
  'unit'?: (_sluice_quota_v1_QuotaUnit);
  'scope'?: (_sluice_quota_v1_QuotaScope);
  /**
   * For TENANT and KEY scope: "" = the default for every tenant; set = that tenant's own.
   */
  'tenant_id'?: (string);
  /**
   * For KEY scope: "" = the default for every key; set = that key's own.
   */
  'key'?: (string);
  /**
   * Units per window (held at once for QUOTA_WINDOW_CONCURRENT).
   */
  'amount'?: (number | string | Long);
  'window'?: (_sluice_quota_v1_QuotaWindow);
  /**
   * The window length; 0 for QUOTA_WINDOW_CONCURRENT.
   */
  'window_ms'?: (number | string | Long);
  'description'?: (string);
  'updated_at'?: (string);
}

export interface Limit__Output {
  'resource': (string);
  'unit': (_sluice_quota_v1_QuotaUnit__Output);
  'scope': (_sluice_quota_v1_QuotaScope__Output);
  /**
   * For TENANT and KEY scope: "" = the default for every tenant; set = that tenant's own.
   */
  'tenant_id': (string);
  /**
   * For KEY scope: "" = the default for every key; set = that key's own.
   */
  'key': (string);
  /**
   * Units per window (held at once for QUOTA_WINDOW_CONCURRENT).
   */
  'amount': (string);
  'window': (_sluice_quota_v1_QuotaWindow__Output);
  /**
   * The window length; 0 for QUOTA_WINDOW_CONCURRENT.
   */
  'window_ms': (string);
  'description': (string);
  'updated_at': (string);
}
