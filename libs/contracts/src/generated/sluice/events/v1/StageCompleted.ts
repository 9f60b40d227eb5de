// Original file: sluice/events/v1/events.proto

import type { Long } from '@grpc/proto-loader';

/**
 * type "sluice.stage.completed"
 */
export interface StageCompleted {
  'attempt_id'?: (string);
  'workflow_id'?: (string);
  'tenant_id'?: (string);
  'workflow_type'?: (string);
  'stage'?: (string);
  'attempt'?: (number);
  'worker_id'?: (string);
  /**
   * From claim to completion.
   */
  'duration_ms'?: (number | string | Long);
  /**
   * "" when this was the last stage.
   */
  'next_stage'?: (string);
  'at'?: (string);
}

/**
 * type "sluice.stage.completed"
 */
export interface StageCompleted__Output {
  'attempt_id': (string);
  'workflow_id': (string);
  'tenant_id': (string);
  'workflow_type': (string);
  'stage': (string);
  'attempt': (number);
  'worker_id': (string);
  /**
   * From claim to completion.
   */
  'duration_ms': (string);
  /**
   * "" when this was the last stage.
   */
  'next_stage': (string);
  'at': (string);
}
