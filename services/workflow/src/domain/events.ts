/** CloudEvent types the workflow service publishes (payloads: protos/sluice/events/v1). */
export const WorkflowEventType = {
  CREATED: 'sluice.workflow.created.v1',
  STATE_CHANGED: 'sluice.workflow.state_changed.v1',
  STAGE_COMPLETED: 'sluice.workflow.stage_completed.v1',
} as const;
export type WorkflowEventType = (typeof WorkflowEventType)[keyof typeof WorkflowEventType];

export const EVENT_SOURCE = 'sluice/workflow';
