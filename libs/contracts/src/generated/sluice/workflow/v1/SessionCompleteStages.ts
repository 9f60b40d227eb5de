// Original file: sluice/workflow/v1/workflow.proto

import type { CompleteStagesRequest as _sluice_workflow_v1_CompleteStagesRequest, CompleteStagesRequest__Output as _sluice_workflow_v1_CompleteStagesRequest__Output } from '../../../sluice/workflow/v1/CompleteStagesRequest.ts';

/**
 * CompleteStages on the stream: answered by a `completed` with the same call_id.
 */
export interface SessionCompleteStages {
  /**
   * The caller's own, to match the answer; unique among its calls in flight.
   */
  'call_id'?: (string);
  'request'?: (_sluice_workflow_v1_CompleteStagesRequest | null);
  /**
   * The caller's trace (W3C traceparent; "" = none): the completion's events continue it.
   */
  'traceparent'?: (string);
}

/**
 * CompleteStages on the stream: answered by a `completed` with the same call_id.
 */
export interface SessionCompleteStages__Output {
  /**
   * The caller's own, to match the answer; unique among its calls in flight.
   */
  'call_id': (string);
  'request': (_sluice_workflow_v1_CompleteStagesRequest__Output | null);
  /**
   * The caller's trace (W3C traceparent; "" = none): the completion's events continue it.
   */
  'traceparent': (string);
}
