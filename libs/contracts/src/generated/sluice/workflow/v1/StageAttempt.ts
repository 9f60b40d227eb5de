// Original file: sluice/workflow/v1/workflow.proto

import type { AttemptState as _sluice_workflow_v1_AttemptState, AttemptState__Output as _sluice_workflow_v1_AttemptState__Output } from '../../../sluice/workflow/v1/AttemptState.ts';

export interface StageAttempt {
  'id'?: (string);
  'workflow_id'?: (string);
  'stage'?: (string);
  /**
   * 1 for the first attempt of the stage.
   */
  'attempt'?: (number);
  'state'?: (_sluice_workflow_v1_AttemptState);
  'worker_id'?: (string);
  'fence'?: (string);
  'lease_expires_at'?: (string);
  'created_at'?: (string);
  'started_at'?: (string);
  'finished_at'?: (string);
  'error_json'?: (string);
  /**
   * The holder's last heartbeat; "" when none yet.
   */
  'heartbeat_at'?: (string);
  /**
   * The priority it was queued at: the workflow's own, else the stage's default.
   */
  'priority'?: (number);
}

export interface StageAttempt__Output {
  'id': (string);
  'workflow_id': (string);
  'stage': (string);
  /**
   * 1 for the first attempt of the stage.
   */
  'attempt': (number);
  'state': (_sluice_workflow_v1_AttemptState__Output);
  'worker_id': (string);
  'fence': (string);
  'lease_expires_at': (string);
  'created_at': (string);
  'started_at': (string);
  'finished_at': (string);
  'error_json': (string);
  /**
   * The holder's last heartbeat; "" when none yet.
   */
  'heartbeat_at': (string);
  /**
   * The priority it was queued at: the workflow's own, else the stage's default.
   */
  'priority': (number);
}
