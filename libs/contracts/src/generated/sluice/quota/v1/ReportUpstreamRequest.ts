// Original file: sluice/quota/v1/quota.proto


export interface ReportUpstreamRequest {
  'tenant_id'?: (string);
  'resource'?: (string);
  /**
   * The grant the call was made under, if any.
   */
  'grant_id'?: (string);
  /**
   * The upstream's HTTP status (429 counts as a refusal).
   */
  'status_code'?: (number);
  /**
   * Response headers, lower-case names: retry-after, retry-after-ms, date, x-ratelimit-*
   * (OpenAI), anthropic-ratelimit-* (Anthropic). Unknown ones are ignored.
   */
  'headers'?: ({[key: string]: string});
}

export interface ReportUpstreamRequest__Output {
  'tenant_id': (string);
  'resource': (string);
  /**
   * The grant the call was made under, if any.
   */
  'grant_id': (string);
  /**
   * The upstream's HTTP status (429 counts as a refusal).
   */
  'status_code': (number);
  /**
   * Response headers, lower-case names: retry-after, retry-after-ms, date, x-ratelimit-*
   * (OpenAI), anthropic-ratelimit-* (Anthropic). Unknown ones are ignored.
   */
  'headers': ({[key: string]: string});
}
