// Original file: sluice/quota/v1/quota.proto


export interface ReportUpstreamResponse {
  /**
   * Until when every grant on the resource is refused (UPSTREAM_BACKOFF); "" = none.
   */
  'backoff_until'?: (string);
  /**
   * The factor (0.25..1) applied to the resource's global rolling limits, and until when.
   */
  'rate_factor'?: (number | string);
  'rate_factor_until'?: (string);
  /**
   * What the report changed, in words (one line per change).
   */
  'applied'?: (string)[];
}

export interface ReportUpstreamResponse__Output {
  /**
   * Until when every grant on the resource is refused (UPSTREAM_BACKOFF); "" = none.
   */
  'backoff_until': (string);
  /**
   * The factor (0.25..1) applied to the resource's global rolling limits, and until when.
   */
  'rate_factor': (number);
  'rate_factor_until': (string);
  /**
   * What the report changed, in words (one line per change).
   */
  'applied': (string)[];
}
