/** Every state a workflow can be in. */
export const WorkflowState = {
  CREATED: 'CREATED',
  QUEUED: 'QUEUED',
  PROCESSING: 'PROCESSING',
  WAITING: 'WAITING',
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  RETRYING: 'RETRYING',
  FAILED: 'FAILED',
  SUSPENDED: 'SUSPENDED',
  PARTIALLY_PROCESSED: 'PARTIALLY_PROCESSED',
  COMPLETED: 'COMPLETED',
  CANCELLED: 'CANCELLED',
} as const;
export type WorkflowState = (typeof WorkflowState)[keyof typeof WorkflowState];

export const ALL_STATES: readonly WorkflowState[] = Object.values(WorkflowState);

export function isWorkflowState(value: unknown): value is WorkflowState {
  return typeof value === 'string' && Object.hasOwn(WorkflowState, value);
}
