// Original file: sluice/workflow/v1/workflow.proto

import type { StateCount as _sluice_workflow_v1_StateCount, StateCount__Output as _sluice_workflow_v1_StateCount__Output } from '../../../sluice/workflow/v1/StateCount.ts';
import type { StageMetrics as _sluice_workflow_v1_StageMetrics, StageMetrics__Output as _sluice_workflow_v1_StageMetrics__Output } from '../../../sluice/workflow/v1/StageMetrics.ts';
import type { StateDuration as _sluice_workflow_v1_StateDuration, StateDuration__Output as _sluice_workflow_v1_StateDuration__Output } from '../../../sluice/workflow/v1/StateDuration.ts';
import type { ErrorCount as _sluice_workflow_v1_ErrorCount, ErrorCount__Output as _sluice_workflow_v1_ErrorCount__Output } from '../../../sluice/workflow/v1/ErrorCount.ts';

export interface WorkflowMetrics {
  'tenant_id'?: (string);
  'since'?: (string);
  'until'?: (string);
  /**
   * Workflows now in each state (not only those created in the window).
   */
  'states'?: (_sluice_workflow_v1_StateCount)[];
  'created'?: (number);
  'completed'?: (number);
  'failed'?: (number);
  'completed_per_minute'?: (number | string);
  /**
   * End-to-end durations of the workflows completed in the window.
   */
  'duration_p50_ms'?: (number | string);
  'duration_p95_ms'?: (number | string);
  'stages'?: (_sluice_workflow_v1_StageMetrics)[];
  'duration_avg_ms'?: (number | string);
  'state_durations'?: (_sluice_workflow_v1_StateDuration)[];
  'errors'?: (_sluice_workflow_v1_ErrorCount)[];
  /**
   * Attempts after the first of their stage (retries) created in the window.
   */
  'retries'?: (number);
}

export interface WorkflowMetrics__Output {
  'tenant_id': (string);
  'since': (string);
  'until': (string);
  /**
   * Workflows now in each state (not only those created in the window).
   */
  'states': (_sluice_workflow_v1_StateCount__Output)[];
  'created': (number);
  'completed': (number);
  'failed': (number);
  'completed_per_minute': (number);
  /**
   * End-to-end durations of the workflows completed in the window.
   */
  'duration_p50_ms': (number);
  'duration_p95_ms': (number);
  'stages': (_sluice_workflow_v1_StageMetrics__Output)[];
  'duration_avg_ms': (number);
  'state_durations': (_sluice_workflow_v1_StateDuration__Output)[];
  'errors': (_sluice_workflow_v1_ErrorCount__Output)[];
  /**
   * Attempts after the first of their stage (retries) created in the window.
   */
  'retries': (number);
}
