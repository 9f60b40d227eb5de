// Original file: sluice/workflow/v1/workflow.proto

import type { ErrorCategory as _sluice_workflow_v1_ErrorCategory, ErrorCategory__Output as _sluice_workflow_v1_ErrorCategory__Output } from '../../../sluice/workflow/v1/ErrorCategory.ts';

export interface FailStageRequest {
  'attempt_id'?: (string);
  'fence'?: (string);
  'category'?: (_sluice_workflow_v1_ErrorCategory);
  /**
   * The stable error code (@sluice/errors ErrorCode or the worker's own).
   */
  'code'?: (string);
  'message'?: (string);
  'details_json'?: (string);
  /**
   * A checkpoint to keep with the failure; "" = keep the last SavePartial.
   */
  'partial_json'?: (string);
  /**
   * For ERROR_CATEGORY_RATE_LIMITED: when the quota grant can be retried (from the quota
   * service's AcquireGrant response). "" = the retry policy's backoff.
   */
  'retry_at'?: (string);
}

export interface FailStageRequest__Output {
  'attempt_id': (string);
  'fence': (string);
  'category': (_sluice_workflow_v1_ErrorCategory__Output);
  /**
   * The stable error code (@sluice/errors ErrorCode or the worker's own).
   */
  'code': (string);
  'message': (string);
  'details_json': (string);
  /**
   * A checkpoint to keep with the failure; "" = keep the last SavePartial.
   */
  'partial_json': (string);
  /**
   * For ERROR_CATEGORY_RATE_LIMITED: when the quota grant can be retried (from the quota
   * service's AcquireGrant response). "" = the retry policy's backoff.
   */
  'retry_at': (string);
}
