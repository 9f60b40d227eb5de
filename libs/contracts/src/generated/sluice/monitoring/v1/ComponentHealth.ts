// Original file: sluice/monitoring/v1/monitoring.proto

import type { HealthStatus as _sluice_monitoring_v1_HealthStatus, HealthStatus__Output as _sluice_monitoring_v1_HealthStatus__Output } from '../../../sluice/monitoring/v1/HealthStatus.ts';

export interface ComponentHealth {
  /**
   * "workflow", "quota", "storage", "gateway", "postgresql", "nats", ...
   */
  'name'?: (string);
  /**
   * host:port or URL checked.
   */
  'target'?: (string);
  'status'?: (_sluice_monitoring_v1_HealthStatus);
  /**
   * Why it is not SERVING; "" when it is.
   */
  'message'?: (string);
  'latency_ms'?: (number | string);
  'checked_at'?: (string);
  /**
   * Since when the component has been in this status.
   */
  'since'?: (string);
}

export interface ComponentHealth__Output {
  /**
   * "workflow", "quota", "storage", "gateway", "postgresql", "nats", ...
   */
  'name': (string);
  /**
   * host:port or URL checked.
   */
  'target': (string);
  'status': (_sluice_monitoring_v1_HealthStatus__Output);
  /**
   * Why it is not SERVING; "" when it is.
   */
  'message': (string);
  'latency_ms': (number);
  'checked_at': (string);
  /**
   * Since when the component has been in this status.
   */
  'since': (string);
}
