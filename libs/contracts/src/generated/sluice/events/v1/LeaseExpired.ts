// Original file: sluice/events/v1/events.proto


/**
 * type "sluice.stage.lease_expired": the reaper took back a lease nobody extended.
 */
export interface LeaseExpired {
  'attempt_id'?: (string);
  'workflow_id'?: (string);
  'tenant_id'?: (string);
  'workflow_type'?: (string);
  'stage'?: (string);
  'worker_id'?: (string);
  'fence'?: (string);
  'expired_at'?: (string);
}

/**
 * type "sluice.stage.lease_expired": the reaper took back a lease nobody extended.
 */
export interface LeaseExpired__Output {
  'attempt_id': (string);
  'workflow_id': (string);
  'tenant_id': (string);
  'workflow_type': (string);
  'stage': (string);
  'worker_id': (string);
  'fence': (string);
  'expired_at': (string);
}
