// Original file: sluice/workflow/v1/workflow.proto


export interface LeaseStatus {
  'attempt_id'?: (string);
  /**
   * False when the fence is stale or the lease expired: stop the work, write nothing.
   */
  'held'?: (boolean);
  'lease_expires_at'?: (string);
  /**
   * The workflow was cancelled or suspended: stop and ReleaseStage.
   */
  'cancel_requested'?: (boolean);
}

export interface LeaseStatus__Output {
  'attempt_id': (string);
  /**
   * False when the fence is stale or the lease expired: stop the work, write nothing.
   */
  'held': (boolean);
  'lease_expires_at': (string);
  /**
   * The workflow was cancelled or suspended: stop and ReleaseStage.
   */
  'cancel_requested': (boolean);
}
