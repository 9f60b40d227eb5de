/**
 * The CloudEvents `type` of each sluice.events.v1 payload, as the comment above each message in
 * protos/sluice/events/v1/events.proto names it (a test keeps the two in step). Publishers and
 * consumers both take the names from here.
 */
export const EventType = {
  WORKFLOW_CREATED: 'sluice.workflow.created',
  WORKFLOW_STATE_CHANGED: 'sluice.workflow.state_changed',
  STAGE_TASK: 'sluice.stage.task',
  STAGE_CLAIMED: 'sluice.stage.claimed',
  STAGE_PROGRESSED: 'sluice.stage.progressed',
  STAGE_COMPLETED: 'sluice.stage.completed',
  STAGE_FAILED: 'sluice.stage.failed',
  STAGE_LEASE_EXPIRED: 'sluice.stage.lease_expired',
  QUOTA_EXCEEDED: 'sluice.quota.exceeded',
  QUOTA_WARNING: 'sluice.quota.warning',
  QUOTA_RESET: 'sluice.quota.reset',
  ARTIFACT_STORED: 'sluice.storage.artifact_stored',
  ARTIFACT_DELETED: 'sluice.storage.artifact_deleted',
  ALERT_CHANGED: 'sluice.monitoring.alert_changed',
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];
