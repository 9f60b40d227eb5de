// Original file: sluice/monitoring/v1/monitoring.proto

import type { CountByName as _sluice_monitoring_v1_CountByName, CountByName__Output as _sluice_monitoring_v1_CountByName__Output } from '../../../sluice/monitoring/v1/CountByName.ts';
import type { Long } from '@grpc/proto-loader';

export interface MetricsSummary {
  'tenant_id'?: (string);
  'window_ms'?: (number);
  /**
   * Workflows per state, by state name (sluice.workflow.v1.WorkflowState).
   */
  'workflows_by_state'?: (_sluice_monitoring_v1_CountByName)[];
  'workflows_created_per_minute'?: (number | string);
  'workflows_completed_per_minute'?: (number | string);
  'stages_failed_per_minute'?: (number | string);
  'stage_duration_p95_ms'?: (number | string);
  /**
   * Quota units committed in the window, by "resource/unit".
   */
  'quota_used'?: (_sluice_monitoring_v1_CountByName)[];
  'quota_refusals'?: (number);
  'storage_bytes'?: (number | string | Long);
  /**
   * Events consumed since the service started, and how far the consumer lags behind.
   */
  'events_consumed'?: (number | string | Long);
  'consumer_pending'?: (number | string | Long);
  'alerts_firing'?: (number);
  'generated_at'?: (string);
}

export interface MetricsSummary__Output {
  'tenant_id': (string);
  'window_ms': (number);
  /**
   * Workflows per state, by state name (sluice.workflow.v1.WorkflowState).
   */
  'workflows_by_state': (_sluice_monitoring_v1_CountByName__Output)[];
  'workflows_created_per_minute': (number);
  'workflows_completed_per_minute': (number);
  'stages_failed_per_minute': (number);
  'stage_duration_p95_ms': (number);
  /**
   * Quota units committed in the window, by "resource/unit".
   */
  'quota_used': (_sluice_monitoring_v1_CountByName__Output)[];
  'quota_refusals': (number);
  'storage_bytes': (string);
  /**
   * Events consumed since the service started, and how far the consumer lags behind.
   */
  'events_consumed': (string);
  'consumer_pending': (string);
  'alerts_firing': (number);
  'generated_at': (string);
}
