import { AttemptState, type StageAttempt, type Transition, type Workflow } from '@sluice/contracts';
import type { WorkflowRow } from '../store/rows.ts';
import { toJsonField } from '../rpc/json-field.ts';
import { workflowMessage } from '../rpc/to-message.ts';
import type { AttemptView } from './workflow-attempts.ts';
import type { HistoryRow } from './workflow-history.ts';
import { isoOrEmpty } from './request-fields.ts';

/** A workflow row as the proto's Workflow, with the 0002 column the read side also shows. */
export function workflowOut(row: WorkflowRow): Workflow {
  return { ...workflowMessage(row), next_attempt_at: isoOrEmpty(row.next_attempt_at) };
}

export function transitionOut(row: HistoryRow): Transition {
  return {
    workflow_id: row.workflow_id,
    version: row.version,
    from_state: (row.from_state ?? 'WORKFLOW_STATE_UNSPECIFIED') as Transition['from_state'],
    to_state: row.to_state as Transition['to_state'],
    stage: row.stage ?? '',
    reason: row.reason,
    metadata_json: toJsonField(row.metadata),
    actor: row.actor,
    at: isoOrEmpty(row.at),
  };
}

// The table's attempt states by the proto's names: QUEUED is the proto's PENDING.
const ATTEMPT_STATES: Readonly<Record<string, AttemptState>> = {
  QUEUED: AttemptState.ATTEMPT_STATE_PENDING,
  RUNNING: AttemptState.ATTEMPT_STATE_RUNNING,
  COMPLETED: AttemptState.ATTEMPT_STATE_COMPLETED,
  FAILED: AttemptState.ATTEMPT_STATE_FAILED,
  RELEASED: AttemptState.ATTEMPT_STATE_RELEASED,
  EXPIRED: AttemptState.ATTEMPT_STATE_EXPIRED,
  CANCELLED: AttemptState.ATTEMPT_STATE_CANCELLED,
  WAITING: AttemptState.ATTEMPT_STATE_WAITING,
};

export function attemptOut(a: AttemptView): StageAttempt {
  return {
    id: a.id,
    workflow_id: a.workflow_id,
    stage: a.stage,
    attempt: a.attempt,
    priority: a.priority,
    state: ATTEMPT_STATES[a.state] ?? AttemptState.ATTEMPT_STATE_UNSPECIFIED,
    worker_id: a.lease_owner ?? '',
    fence: a.fence ?? '',
    lease_expires_at: isoOrEmpty(a.lease_expires_at),
    created_at: isoOrEmpty(a.created_at),
    started_at: isoOrEmpty(a.started_at),
    finished_at: isoOrEmpty(a.finished_at),
    error_json: toJsonField(a.error),
    heartbeat_at: isoOrEmpty(a.heartbeat_at),
  };
}
