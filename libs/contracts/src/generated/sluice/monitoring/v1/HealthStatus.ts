// Original file: sluice/monitoring/v1/monitoring.proto

export const HealthStatus = {
  HEALTH_STATUS_UNSPECIFIED: 'HEALTH_STATUS_UNSPECIFIED',
  HEALTH_STATUS_SERVING: 'HEALTH_STATUS_SERVING',
  /**
   * Serving, but a dependency is down or a check is slow.
   */
  HEALTH_STATUS_DEGRADED: 'HEALTH_STATUS_DEGRADED',
  HEALTH_STATUS_NOT_SERVING: 'HEALTH_STATUS_NOT_SERVING',
  /**
   * Not reachable, or no answer within the check's deadline.
   */
  HEALTH_STATUS_UNKNOWN: 'HEALTH_STATUS_UNKNOWN',
} as const;

export type HealthStatus =
  | 'HEALTH_STATUS_UNSPECIFIED'
  | 0
  | 'HEALTH_STATUS_SERVING'
  | 1
  /**
   * Serving, but a dependency is down or a check is slow.
   */
  | 'HEALTH_STATUS_DEGRADED'
  | 2
  | 'HEALTH_STATUS_NOT_SERVING'
  | 3
  /**
   * Not reachable, or no answer within the check's deadline.
   */
  | 'HEALTH_STATUS_UNKNOWN'
  | 4

export type HealthStatus__Output = typeof HealthStatus[keyof typeof HealthStatus]
