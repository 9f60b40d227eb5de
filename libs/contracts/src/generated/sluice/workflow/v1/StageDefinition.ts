// Original file: sluice/workflow/v1/workflow.proto

import type { RetryPolicy as _sluice_workflow_v1_RetryPolicy, RetryPolicy__Output as _sluice_workflow_v1_RetryPolicy__Output } from '../../../sluice/workflow/v1/RetryPolicy.ts';

export interface StageDefinition {
  /**
   * Unique within the definition; part of the task subject, so [a-z0-9_-]+.
   */
  'name'?: (string);
  /**
   * The stage's own policy; unset fields fall back to the definition's default_retry.
   */
  'retry'?: (_sluice_workflow_v1_RetryPolicy | null);
  /**
   * The longest one attempt may run, heartbeats or not. 0 = no limit.
   */
  'timeout_ms'?: (number);
  /**
   * The lease a claim gets when the worker asks for none.
   */
  'lease_ttl_ms'?: (number);
  /**
   * The quota resource the stage spends (e.g. "openai:gpt-4o"); "" = none. Workers ask the
   * quota service for grants on it; a RATE_LIMITED failure parks the workflow on it.
   */
  'quota_resource'?: (string);
  /**
   * Attempts of this stage running at once, all tenants together. 0 = unlimited.
   */
  'max_concurrency'?: (number);
  'description'?: (string);
  /**
   * The priority this stage's attempts are queued at for a workflow created without one
   * (higher runs first, -100..100; 0 by default). A workflow's own priority overrides it.
   */
  'priority'?: (number);
}

export interface StageDefinition__Output {
  /**
   * Unique within the definition; part of the task subject, so [a-z0-9_-]+.
   */
  'name': (string);
  /**
   * The stage's own policy; unset fields fall back to the definition's default_retry.
   */
  'retry': (_sluice_workflow_v1_RetryPolicy__Output | null);
  /**
   * The longest one attempt may run, heartbeats or not. 0 = no limit.
   */
  'timeout_ms': (number);
  /**
   * The lease a claim gets when the worker asks for none.
   */
  'lease_ttl_ms': (number);
  /**
   * The quota resource the stage spends (e.g. "openai:gpt-4o"); "" = none. Workers ask the
   * quota service for grants on it; a RATE_LIMITED failure parks the workflow on it.
   */
  'quota_resource': (string);
  /**
   * Attempts of this stage running at once, all tenants together. 0 = unlimited.
   */
  'max_concurrency': (number);
  'description': (string);
  /**
   * The priority this stage's attempts are queued at for a workflow created without one
   * (higher runs first, -100..100; 0 by default). A workflow's own priority overrides it.
   */
  'priority': (number);
}
