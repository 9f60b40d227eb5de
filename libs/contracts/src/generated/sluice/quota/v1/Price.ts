// Original file: sluice/quota/v1/quota.proto

import type { QuotaUnit as _sluice_quota_v1_QuotaUnit, QuotaUnit__Output as _sluice_quota_v1_QuotaUnit__Output } from '../../../sluice/quota/v1/QuotaUnit.ts';
import type { Long } from '@grpc/proto-loader';

/**
 * The cost of `per` units of `unit` is `micros` millionths of the currency
 * (e.g. $0.15 per 1M input tokens: unit INPUT_TOKENS, micros 150000, per 1000000).
 */
export interface Price {
  /**
   * REQUESTS, INPUT_TOKENS or OUTPUT_TOKENS.
   */
  'unit'?: (_sluice_quota_v1_QuotaUnit);
  'micros'?: (number | string | Long);
  'per'?: (number | string | Long);
}

/**
 * The cost of `per` units of `unit` is `micros` millionths of the currency
 * (e.g. $0.15 per 1M input tokens: unit INPUT_TOKENS, micros 150000, per 1000000).
 */
export interface Price__Output {
  /**
   * REQUESTS, INPUT_TOKENS or OUTPUT_TOKENS.
   */
  'unit': (_sluice_quota_v1_QuotaUnit__Output);
  'micros': (string);
  'per': (string);
}
