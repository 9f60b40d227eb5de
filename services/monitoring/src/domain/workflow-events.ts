import { EventType } from '@sluice/contracts';

/** The workflow service's events that move workflow metrics (types from the contract). */
export const WORKFLOW_EVENT_TYPES: ReadonlySet<string> = new Set([EventType.WORKFLOW_CREATED, EventType.WORKFLOW_STATE_CHANGED, EventType.STAGE_COMPLETED]);

/** sluice.workflow.v1.WorkflowState names. */
export const WORKFLOW_STATES: ReadonlySet<string> = new Set([
  'CREATED',
  'QUEUED',
  'PROCESSING',
  'WAITING',
  'QUOTA_EXCEEDED',
  'RETRYING',
  'FAILED',
  'SUSPENDED',
  'PARTIALLY_PROCESSED',
  'COMPLETED',
  'CANCELLED',
]);

/**
 * States that end a run, for sluice_workflows_finished_total. FAILED and PARTIALLY_PROCESSED
 * may still be retried by a person, so one workflow can finish more than once.
 */
export const FINISHING_STATES: ReadonlySet<string> = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'PARTIALLY_PROCESSED']);
