// Original file: sluice/monitoring/v1/monitoring.proto

export const AlertState = {
  ALERT_STATE_UNSPECIFIED: 'ALERT_STATE_UNSPECIFIED',
  /**
   * The condition holds but not yet for the rule's for_ms.
   */
  ALERT_STATE_PENDING: 'ALERT_STATE_PENDING',
  ALERT_STATE_FIRING: 'ALERT_STATE_FIRING',
  ALERT_STATE_ACKNOWLEDGED: 'ALERT_STATE_ACKNOWLEDGED',
  ALERT_STATE_RESOLVED: 'ALERT_STATE_RESOLVED',
} as const;

export type AlertState =
  | 'ALERT_STATE_UNSPECIFIED'
  | 0
  /**
   * The condition holds but not yet for the rule's for_ms.
   */
  | 'ALERT_STATE_PENDING'
  | 1
  | 'ALERT_STATE_FIRING'
  | 2
  | 'ALERT_STATE_ACKNOWLEDGED'
  | 3
  | 'ALERT_STATE_RESOLVED'
  | 4

export type AlertState__Output = typeof AlertState[keyof typeof AlertState]
