// Original file: sluice/events/v1/events.proto


/**
 * type "sluice.stage.claimed"
 */
export interface StageClaimed {
  'attempt_id'?: (string);
  'workflow_id'?: (string);
  'tenant_id'?: (string);
  'workflow_type'?: (string);
  'stage'?: (string);
  'attempt'?: (number);
  'worker_id'?: (string);
  'fence'?: (string);
  'lease_expires_at'?: (string);
  'at'?: (string);
}

/**
 * type "sluice.stage.claimed"
 */
export interface StageClaimed__Output {
  'attempt_id': (string);
  'workflow_id': (string);
  'tenant_id': (string);
  'workflow_type': (string);
  'stage': (string);
  'attempt': (number);
  'worker_id': (string);
  'fence': (string);
  'lease_expires_at': (string);
  'at': (string);
}
