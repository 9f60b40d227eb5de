// Original file: sluice/workflow/v1/workflow.proto

import type { StateCount as _sluice_workflow_v1_StateCount, StateCount__Output as _sluice_workflow_v1_StateCount__Output } from '../../../sluice/workflow/v1/StateCount.ts';
import type { Workflow as _sluice_workflow_v1_Workflow, Workflow__Output as _sluice_workflow_v1_Workflow__Output } from '../../../sluice/workflow/v1/Workflow.ts';
import type { Long } from '@grpc/proto-loader';

export interface DashboardSummary {
  'tenant_id'?: (string);
  'states'?: (_sluice_workflow_v1_StateCount)[];
  /**
   * Attempts holding a lease now.
   */
  'active_leases'?: (number);
  /**
   * Age of the oldest QUEUED workflow; 0 when none.
   */
  'oldest_queued_age_ms'?: (number | string | Long);
  /**
   * The latest failures and suspensions, newest first (at most 10).
   */
  'recent_failures'?: (_sluice_workflow_v1_Workflow)[];
  /**
   * The latest workflows, newest first (at most 10).
   */
  'recent'?: (_sluice_workflow_v1_Workflow)[];
  'generated_at'?: (string);
  /**
   * Workflows that can still move on by themselves or by a person's resume: every state but
   * COMPLETED, CANCELLED, FAILED and PARTIALLY_PROCESSED.
   */
  'active'?: (number);
  /**
   * The next three cover the last hour (`window_ms`).
   */
  'window_ms'?: (number | string | Long);
  /**
   * Mean creation → completion time of the workflows completed in the window; 0 when none.
   */
  'avg_processing_ms'?: (number | string);
  /**
   * Failed stage attempts / finished stage attempts in the window (0..1); 0 when none.
   */
  'error_rate'?: (number | string);
  /**
   * Workflows completed in the window, per hour.
   */
  'completed_per_hour'?: (number | string);
}

export interface DashboardSummary__Output {
  'tenant_id': (string);
  'states': (_sluice_workflow_v1_StateCount__Output)[];
  /**
   * Attempts holding a lease now.
   */
  'active_leases': (number);
  /**
   * Age of the oldest QUEUED workflow; 0 when none.
   */
  'oldest_queued_age_ms': (string);
  /**
   * The latest failures and suspensions, newest first (at most 10).
   */
  'recent_failures': (_sluice_workflow_v1_Workflow__Output)[];
  /**
   * The latest workflows, newest first (at most 10).
   */
  'recent': (_sluice_workflow_v1_Workflow__Output)[];
  'generated_at': (string);
  /**
   * Workflows that can still move on by themselves or by a person's resume: every state but
   * COMPLETED, CANCELLED, FAILED and PARTIALLY_PROCESSED.
   */
  'active': (number);
  /**
   * The next three cover the last hour (`window_ms`).
   */
  'window_ms': (string);
  /**
   * Mean creation → completion time of the workflows completed in the window; 0 when none.
   */
  'avg_processing_ms': (number);
  /**
   * Failed stage attempts / finished stage attempts in the window (0..1); 0 when none.
   */
  'error_rate': (number);
  /**
   * Workflows completed in the window, per hour.
   */
  'completed_per_hour': (number);
}
