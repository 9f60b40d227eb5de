// Original file: sluice/workflow/v1/workflow.proto

import type { StageDefinition as _sluice_workflow_v1_StageDefinition, StageDefinition__Output as _sluice_workflow_v1_StageDefinition__Output } from '../../../sluice/workflow/v1/StageDefinition.ts';
import type { RetryPolicy as _sluice_workflow_v1_RetryPolicy, RetryPolicy__Output as _sluice_workflow_v1_RetryPolicy__Output } from '../../../sluice/workflow/v1/RetryPolicy.ts';

export interface RegisterDefinitionRequest {
  /**
   * [a-z0-9_-]+, part of the task subject.
   */
  'type'?: (string);
  /**
   * Run in this order.
   */
  'stages'?: (_sluice_workflow_v1_StageDefinition)[];
  'default_retry'?: (_sluice_workflow_v1_RetryPolicy | null);
  /**
   * Workflows of this type in PROCESSING at once: all tenants, and per tenant. 0 = unlimited.
   */
  'max_concurrency'?: (number);
  'max_concurrency_per_tenant'?: (number);
  /**
   * The longest a whole workflow may take before it goes to FAILED. 0 = no limit.
   */
  'timeout_ms'?: (number);
  /**
   * A JSON Schema that CreateWorkflow validates `input_json` against; "" = any JSON.
   */
  'input_schema_json'?: (string);
  'description'?: (string);
  /**
   * Workflows of this type one tenant may have waiting (QUEUED, RETRYING, QUOTA_EXCEEDED) at
   * once; CreateWorkflow over it is RESOURCE_EXHAUSTED (HTTP 429). 0 = the server default.
   */
  'max_queued_per_tenant'?: (number);
}

export interface RegisterDefinitionRequest__Output {
  /**
   * [a-z0-9_-]+, part of the task subject.
   */
  'type': (string);
  /**
   * Run in this order.
   */
  'stages': (_sluice_workflow_v1_StageDefinition__Output)[];
  'default_retry': (_sluice_workflow_v1_RetryPolicy__Output | null);
  /**
   * Workflows of this type in PROCESSING at once: all tenants, and per tenant. 0 = unlimited.
   */
  'max_concurrency': (number);
  'max_concurrency_per_tenant': (number);
  /**
   * The longest a whole workflow may take before it goes to FAILED. 0 = no limit.
   */
  'timeout_ms': (number);
  /**
   * A JSON Schema that CreateWorkflow validates `input_json` against; "" = any JSON.
   */
  'input_schema_json': (string);
  'description': (string);
  /**
   * Workflows of this type one tenant may have waiting (QUEUED, RETRYING, QUOTA_EXCEEDED) at
   * once; CreateWorkflow over it is RESOURCE_EXHAUSTED (HTTP 429). 0 = the server default.
   */
  'max_queued_per_tenant': (number);
}
