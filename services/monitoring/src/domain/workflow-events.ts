/**
 * What monitoring knows of the workflow service's events (types and payloads as
 * services/workflow/src/engine/emit.ts and transition.ts write them). Spelled out here, not
 * imported: no service depends on another's code, only on the contract.
 */
export const WorkflowEventType = {
  CREATED: 'sluice.workflow.created.v1',
  STATE_CHANGED: 'sluice.workflow.state_changed.v1',
  STAGE_COMPLETED: 'sluice.workflow.stage_completed.v1',
} as const;
export type WorkflowEventType = (typeof WorkflowEventType)[keyof typeof WorkflowEventType];

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
