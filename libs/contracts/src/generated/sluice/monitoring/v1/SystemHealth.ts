// Original file: sluice/monitoring/v1/monitoring.proto

import type { HealthStatus as _sluice_monitoring_v1_HealthStatus, HealthStatus__Output as _sluice_monitoring_v1_HealthStatus__Output } from '../../../sluice/monitoring/v1/HealthStatus.ts';
import type { ComponentHealth as _sluice_monitoring_v1_ComponentHealth, ComponentHealth__Output as _sluice_monitoring_v1_ComponentHealth__Output } from '../../../sluice/monitoring/v1/ComponentHealth.ts';

export interface SystemHealth {
  /**
   * The worst of the services' statuses (a dependency down makes the system DEGRADED).
   */
  'status'?: (_sluice_monitoring_v1_HealthStatus);
  'services'?: (_sluice_monitoring_v1_ComponentHealth)[];
  'dependencies'?: (_sluice_monitoring_v1_ComponentHealth)[];
  'checked_at'?: (string);
}

export interface SystemHealth__Output {
  /**
   * The worst of the services' statuses (a dependency down makes the system DEGRADED).
   */
  'status': (_sluice_monitoring_v1_HealthStatus__Output);
  'services': (_sluice_monitoring_v1_ComponentHealth__Output)[];
  'dependencies': (_sluice_monitoring_v1_ComponentHealth__Output)[];
  'checked_at': (string);
}
