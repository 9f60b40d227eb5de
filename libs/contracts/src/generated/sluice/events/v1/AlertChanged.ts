// Original file: sluice/events/v1/events.proto


/**
 * type "sluice.monitoring.alert_changed"
 */
export interface AlertChanged {
  'alert_id'?: (string);
  'rule_id'?: (string);
  'rule_name'?: (string);
  /**
   * sluice.monitoring.v1.AlertSeverity and AlertState names.
   */
  'severity'?: (string);
  'state'?: (string);
  'tenant_id'?: (string);
  'summary'?: (string);
  'value'?: (number | string);
  'at'?: (string);
}

/**
 * type "sluice.monitoring.alert_changed"
 */
export interface AlertChanged__Output {
  'alert_id': (string);
  'rule_id': (string);
  'rule_name': (string);
  /**
   * sluice.monitoring.v1.AlertSeverity and AlertState names.
   */
  'severity': (string);
  'state': (string);
  'tenant_id': (string);
  'summary': (string);
  'value': (number);
  'at': (string);
}
