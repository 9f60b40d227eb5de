// Original file: sluice/workflow/v1/workflow.proto


/**
 * `credits` more claims waiting for new workflows of a type: each is a slot the worker keeps
 * free for one, answered by one `claim` on the stream. They add up over the stream's life.
 */
export interface AwaitNewStages {
  'worker_id'?: (string);
  /**
   * 0 = the stage's lease_ttl_ms.
   */
  'lease_ttl_ms'?: (number);
  'workflow_type'?: (string);
  /**
   * The type's first stage.
   */
  'stage'?: (string);
  /**
   * 1..256 per message; at most 10,000 waiting on one session at once.
   */
  'credits'?: (number);
}

/**
 * `credits` more claims waiting for new workflows of a type: each is a slot the worker keeps
 * free for one, answered by one `claim` on the stream. They add up over the stream's life.
 */
export interface AwaitNewStages__Output {
  'worker_id': (string);
  /**
   * 0 = the stage's lease_ttl_ms.
   */
  'lease_ttl_ms': (number);
  'workflow_type': (string);
  /**
   * The type's first stage.
   */
  'stage': (string);
  /**
   * 1..256 per message; at most 10,000 waiting on one session at once.
   */
  'credits': (number);
}
