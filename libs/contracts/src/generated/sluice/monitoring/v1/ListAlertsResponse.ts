// Original file: sluice/monitoring/v1/monitoring.proto

import type { Alert as _sluice_monitoring_v1_Alert, Alert__Output as _sluice_monitoring_v1_Alert__Output } from '../../../sluice/monitoring/v1/Alert.ts';

export interface ListAlertsResponse {
  'alerts'?: (_sluice_monitoring_v1_Alert)[];
  'next_cursor'?: (string);
}

export interface ListAlertsResponse__Output {
  'alerts': (_sluice_monitoring_v1_Alert__Output)[];
  'next_cursor': (string);
}
