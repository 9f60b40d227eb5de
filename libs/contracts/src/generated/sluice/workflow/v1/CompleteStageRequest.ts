// Original file: sluice/workflow/v1/workflow.proto


export interface CompleteStageRequest {
  'attempt_id'?: (string);
  'fence'?: (string);
  'output_json'?: (string);
  /**
   * Some of the stage's items were not done: the next stages still run, and the workflow
   * ends PARTIALLY_PROCESSED instead of COMPLETED.
   */
  'incomplete'?: (boolean);
  /**
   * CompleteStages only: the name of the stage the worker can start at once. When it is the
   * workflow's next stage, nothing outranks it in the queue (no queued attempt of that stage
   * with a higher priority) and no concurrency limit applies to it, that stage is leased to the
   * same worker in the same transaction (QUEUED then PROCESSING, both audited) and returned in
   * the result's `next`, with no task on JetStream. "" = queue the next stage as usual.
   */
  'claim_next'?: (string);
}

export interface CompleteStageRequest__Output {
  'attempt_id': (string);
  'fence': (string);
  'output_json': (string);
  /**
   * Some of the stage's items were not done: the next stages still run, and the workflow
   * ends PARTIALLY_PROCESSED instead of COMPLETED.
   */
  'incomplete': (boolean);
  /**
   * CompleteStages only: the name of the stage the worker can start at once. When it is the
   * workflow's next stage, nothing outranks it in the queue (no queued attempt of that stage
   * with a higher priority) and no concurrency limit applies to it, that stage is leased to the
   * same worker in the same transaction (QUEUED then PROCESSING, both audited) and returned in
   * the result's `next`, with no task on JetStream. "" = queue the next stage as usual.
   */
  'claim_next': (string);
}
