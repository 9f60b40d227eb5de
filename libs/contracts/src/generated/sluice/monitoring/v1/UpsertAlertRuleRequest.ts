// Original file: sluice/monitoring/v1/monitoring.proto

import type { AlertRule as _sluice_monitoring_v1_AlertRule, AlertRule__Output as _sluice_monitoring_v1_AlertRule__Output } from '../../../sluice/monitoring/v1/AlertRule.ts';

export interface UpsertAlertRuleRequest {
  'rule'?: (_sluice_monitoring_v1_AlertRule | null);
}

export interface UpsertAlertRuleRequest__Output {
  'rule': (_sluice_monitoring_v1_AlertRule__Output | null);
}
