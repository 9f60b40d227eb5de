// Original file: sluice/quota/v1/quota.proto


export interface GetResetTimeResponse {
  'available_now'?: (boolean);
  /**
   * "" when available now.
   */
  'available_at'?: (string);
}

export interface GetResetTimeResponse__Output {
  'available_now': (boolean);
  /**
   * "" when available now.
   */
  'available_at': (string);
}
