// Original file: sluice/workflow/v1/workflow.proto


export interface ClaimStageResponse {
  'attempt_id'?: (string);
  'workflow_id'?: (string);
  'tenant_id'?: (string);
  'workflow_type'?: (string);
  'stage'?: (string);
  /**
   * Carry it on every write for this attempt.
   */
  'fence'?: (string);
  /**
   * The stage's input: the previous stage's output, or the workflow input for the first.
   */
  'input_json'?: (string);
  'lease_expires_at'?: (string);
  /**
   * 1 for the first attempt of the stage.
   */
  'attempt'?: (number);
  /**
   * The checkpoint a previous attempt saved (SavePartial); "" when none.
   */
  'partial_json'?: (string);
  /**
   * The longest this attempt may run (the stage's timeout); 0 = no limit. Past it the attempt
   * fails as transient STAGE_TIMEOUT, whether or not its worker still heartbeats.
   */
  'timeout_ms'?: (number);
  /**
   * Every signal the workflow has received, as a JSON object { name: payload } (latest per name).
   */
  'signals_json'?: (string);
}

export interface ClaimStageResponse__Output {
  'attempt_id': (string);
  'workflow_id': (string);
  'tenant_id': (string);
  'workflow_type': (string);
  'stage': (string);
  /**
   * Carry it on every write for this attempt.
   */
  'fence': (string);
  /**
   * The stage's input: the previous stage's output, or the workflow input for the first.
   */
  'input_json': (string);
  'lease_expires_at': (string);
  /**
   * 1 for the first attempt of the stage.
   */
  'attempt': (number);
  /**
   * The checkpoint a previous attempt saved (SavePartial); "" when none.
   */
  'partial_json': (string);
  /**
   * The longest this attempt may run (the stage's timeout); 0 = no limit. Past it the attempt
   * fails as transient STAGE_TIMEOUT, whether or not its worker still heartbeats.
   */
  'timeout_ms': (number);
  /**
   * Every signal the workflow has received, as a JSON object { name: payload } (latest per name).
   */
  'signals_json': (string);
}
