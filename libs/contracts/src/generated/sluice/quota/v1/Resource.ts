// Original file: sluice/quota/v1/quota.proto

import type { Price as _sluice_quota_v1_Price, Price__Output as _sluice_quota_v1_Price__Output } from '../../../sluice/quota/v1/Price.ts';

export interface Resource {
  /**
   * "openai/acme/gpt-4o-mini": 1-128 letters, digits or . _ : / -.
   */
  'name'?: (string);
  'description'?: (string);
  'prices'?: (_sluice_quota_v1_Price)[];
  'created_at'?: (string);
  'updated_at'?: (string);
}

export interface Resource__Output {
  /**
   * "openai/acme/gpt-4o-mini": 1-128 letters, digits or . _ : / -.
   */
  'name': (string);
  'description': (string);
  'prices': (_sluice_quota_v1_Price__Output)[];
  'created_at': (string);
  'updated_at': (string);
}
