// Original file: sluice/quota/v1/quota.proto

import type { Long } from '@grpc/proto-loader';

export interface UsageRow {
  'resource'?: (string);
  /**
   * The API key or workflow type when grouped by one; else "".
   */
  'group'?: (string);
  'start'?: (string);
  'end'?: (string);
  'requests'?: (number | string | Long);
  'input_tokens'?: (number | string | Long);
  'output_tokens'?: (number | string | Long);
  'cost_micros'?: (number | string | Long);
  /**
   * Settled grants in the bucket: committed, expired (counted as used) and refunded.
   */
  'grants'?: (number);
  'expired'?: (number);
  'refunded'?: (number);
  /**
   * Refused acquires in the bucket.
   */
  'denials'?: (number);
  /**
   * Units used beyond their reservations.
   */
  'overage_input_tokens'?: (number | string | Long);
  'overage_output_tokens'?: (number | string | Long);
}

export interface UsageRow__Output {
  'resource': (string);
  /**
   * The API key or workflow type when grouped by one; else "".
   */
  'group': (string);
  'start': (string);
  'end': (string);
  'requests': (string);
  'input_tokens': (string);
  'output_tokens': (string);
  'cost_micros': (string);
  /**
   * Settled grants in the bucket: committed, expired (counted as used) and refunded.
   */
  'grants': (number);
  'expired': (number);
  'refunded': (number);
  /**
   * Refused acquires in the bucket.
   */
  'denials': (number);
  /**
   * Units used beyond their reservations.
   */
  'overage_input_tokens': (string);
  'overage_output_tokens': (string);
}
