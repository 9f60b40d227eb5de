// Original file: sluice/monitoring/v1/monitoring.proto

import type { AlertSeverity as _sluice_monitoring_v1_AlertSeverity, AlertSeverity__Output as _sluice_monitoring_v1_AlertSeverity__Output } from '../../../sluice/monitoring/v1/AlertSeverity.ts';
import type { AlertState as _sluice_monitoring_v1_AlertState, AlertState__Output as _sluice_monitoring_v1_AlertState__Output } from '../../../sluice/monitoring/v1/AlertState.ts';

export interface Alert {
  'id'?: (string);
  'rule_id'?: (string);
  'rule_name'?: (string);
  'severity'?: (_sluice_monitoring_v1_AlertSeverity);
  'state'?: (_sluice_monitoring_v1_AlertState);
  /**
   * "" for a platform-wide alert.
   */
  'tenant_id'?: (string);
  'summary'?: (string);
  /**
   * The metric's value when the alert last changed state.
   */
  'value'?: (number | string);
  'labels'?: ({[key: string]: string});
  'started_at'?: (string);
  'resolved_at'?: (string);
  'acknowledged_by'?: (string);
  'updated_at'?: (string);
}

export interface Alert__Output {
  'id': (string);
  'rule_id': (string);
  'rule_name': (string);
  'severity': (_sluice_monitoring_v1_AlertSeverity__Output);
  'state': (_sluice_monitoring_v1_AlertState__Output);
  /**
   * "" for a platform-wide alert.
   */
  'tenant_id': (string);
  'summary': (string);
  /**
   * The metric's value when the alert last changed state.
   */
  'value': (number);
  'labels': ({[key: string]: string});
  'started_at': (string);
  'resolved_at': (string);
  'acknowledged_by': (string);
  'updated_at': (string);
}
