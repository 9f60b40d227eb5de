// Original file: sluice/monitoring/v1/monitoring.proto

import type { AlertState as _sluice_monitoring_v1_AlertState, AlertState__Output as _sluice_monitoring_v1_AlertState__Output } from '../../../sluice/monitoring/v1/AlertState.ts';
import type { AlertSeverity as _sluice_monitoring_v1_AlertSeverity, AlertSeverity__Output as _sluice_monitoring_v1_AlertSeverity__Output } from '../../../sluice/monitoring/v1/AlertSeverity.ts';

export interface ListAlertsRequest {
  'tenant_id'?: (string);
  /**
   * Any of these; empty = all.
   */
  'states'?: (_sluice_monitoring_v1_AlertState)[];
  /**
   * At least this severe; UNSPECIFIED = all.
   */
  'min_severity'?: (_sluice_monitoring_v1_AlertSeverity);
  'page_size'?: (number);
  'cursor'?: (string);
}

export interface ListAlertsRequest__Output {
  'tenant_id': (string);
  /**
   * Any of these; empty = all.
   */
  'states': (_sluice_monitoring_v1_AlertState__Output)[];
  /**
   * At least this severe; UNSPECIFIED = all.
   */
  'min_severity': (_sluice_monitoring_v1_AlertSeverity__Output);
  'page_size': (number);
  'cursor': (string);
}
