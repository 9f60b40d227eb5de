// Original file: sluice/workflow/v1/workflow.proto

import type { StageDefinition as _sluice_workflow_v1_StageDefinition, StageDefinition__Output as _sluice_workflow_v1_StageDefinition__Output } from '../../../sluice/workflow/v1/StageDefinition.ts';
import type { RetryPolicy as _sluice_workflow_v1_RetryPolicy, RetryPolicy__Output as _sluice_workflow_v1_RetryPolicy__Output } from '../../../sluice/workflow/v1/RetryPolicy.ts';

export interface WorkflowDefinition {
  'type'?: (string);
  'version'?: (number);
  'stages'?: (_sluice_workflow_v1_StageDefinition)[];
  'default_retry'?: (_sluice_workflow_v1_RetryPolicy | null);
  'max_concurrency'?: (number);
  'max_concurrency_per_tenant'?: (number);
  'timeout_ms'?: (number);
  'input_schema_json'?: (string);
  'description'?: (string);
  'created_at'?: (string);
  'max_queued_per_tenant'?: (number);
}

export interface WorkflowDefinition__Output {
  'type': (string);
  'version': (number);
  'stages': (_sluice_workflow_v1_StageDefinition__Output)[];
  'default_retry': (_sluice_workflow_v1_RetryPolicy__Output | null);
  'max_concurrency': (number);
  'max_concurrency_per_tenant': (number);
  'timeout_ms': (number);
  'input_schema_json': (string);
  'description': (string);
  'created_at': (string);
  'max_queued_per_tenant': (number);
}
