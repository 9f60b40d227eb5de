// Original file: sluice/monitoring/v1/monitoring.proto

import type { AlertSeverity as _sluice_monitoring_v1_AlertSeverity, AlertSeverity__Output as _sluice_monitoring_v1_AlertSeverity__Output } from '../../../sluice/monitoring/v1/AlertSeverity.ts';

export interface WatchAlertsRequest {
  'tenant_id'?: (string);
  'min_severity'?: (_sluice_monitoring_v1_AlertSeverity);
}

export interface WatchAlertsRequest__Output {
  'tenant_id': (string);
  'min_severity': (_sluice_monitoring_v1_AlertSeverity__Output);
}
