// Original file: sluice/monitoring/v1/monitoring.proto

import type { Comparison as _sluice_monitoring_v1_Comparison, Comparison__Output as _sluice_monitoring_v1_Comparison__Output } from '../../../sluice/monitoring/v1/Comparison.ts';
import type { AlertSeverity as _sluice_monitoring_v1_AlertSeverity, AlertSeverity__Output as _sluice_monitoring_v1_AlertSeverity__Output } from '../../../sluice/monitoring/v1/AlertSeverity.ts';

export interface AlertRule {
  'id'?: (string);
  'name'?: (string);
  'description'?: (string);
  /**
   * A metric the service keeps, by its Prometheus name, e.g. "sluice_stage_failures_total".
   */
  'metric'?: (string);
  /**
   * Prometheus-style label matchers that select the series.
   */
  'labels'?: ({[key: string]: string});
  /**
   * The metric's rate per minute instead of its value (for counters).
   */
  'rate'?: (boolean);
  'comparison'?: (_sluice_monitoring_v1_Comparison);
  'threshold'?: (number | string);
  /**
   * The condition must hold this long before the alert fires.
   */
  'for_ms'?: (number);
  'severity'?: (_sluice_monitoring_v1_AlertSeverity);
  'enabled'?: (boolean);
}

export interface AlertRule__Output {
  'id': (string);
  'name': (string);
  'description': (string);
  /**
   * A metric the service keeps, by its Prometheus name, e.g. "sluice_stage_failures_total".
   */
  'metric': (string);
  /**
   * Prometheus-style label matchers that select the series.
   */
  'labels': ({[key: string]: string});
  /**
   * The metric's rate per minute instead of its value (for counters).
   */
  'rate': (boolean);
  'comparison': (_sluice_monitoring_v1_Comparison__Output);
  'threshold': (number);
  /**
   * The condition must hold this long before the alert fires.
   */
  'for_ms': (number);
  'severity': (_sluice_monitoring_v1_AlertSeverity__Output);
  'enabled': (boolean);
}
