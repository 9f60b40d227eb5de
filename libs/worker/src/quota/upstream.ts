/**
 * What an upstream API said, read from a fetch Response, a Node IncomingMessage, an SDK's
 * error (OpenAI's APIError: status + headers; axios: response.status + response.headers) or a
 * plain { status, headers }. The quota service parses the rate-limit headers (ReportUpstream);
 * the SDK only picks the relevant ones and reads Retry-After for the retry time it parks with.
 */

/** Response headers in any of the usual shapes. */
export type HeadersLike =
  | { forEach(cb: (value: string, name: string) => void): void }
  | Readonly<Record<string, string | readonly string[] | number | undefined>>;

/** An upstream's answer: its HTTP status and (some of) its headers. */
export interface UpstreamResponse {
  readonly status: number;
  readonly headers?: HeadersLike;
}

// The headers ReportUpstream reads (sluice.quota.v1 ReportUpstreamRequest.headers); others stay here.
const RELEVANT = /^(retry-after|retry-after-ms|date|x-ratelimit-.+|anthropic-ratelimit-.+)$/;

/** The rate-limit headers of a response, names lower-cased, values as strings (repeated ones joined). */
export function relevantHeaders(headers: HeadersLike | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers === undefined || headers === null) return out;
  const put = (name: string, value: unknown) => {
    const key = name.toLowerCase();
    if (!RELEVANT.test(key) || value === undefined || value === null) return;
    out[key] = Array.isArray(value) ? value.join(', ') : String(value);
  };
  if (typeof (headers as { forEach?: unknown }).forEach === 'function' && !Array.isArray(headers)) {
    (headers as { forEach(cb: (value: string, name: string) => void): void }).forEach((value, name) => put(name, value));
  } else {
    for (const [name, value] of Object.entries(headers)) put(name, value);
  }
  return out;
}

/** The status and headers a thrown error carries (an SDK's HTTP error), or null. */
export function upstreamOfError(err: unknown): UpstreamResponse | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { status?: unknown; statusCode?: unknown; headers?: unknown; response?: { status?: unknown; statusCode?: unknown; headers?: unknown } };
  const status = [e.status, e.statusCode, e.response?.status, e.response?.statusCode].find((s): s is number => typeof s === 'number' && s >= 100 && s <= 599);
  if (status === undefined) return null;
  const headers = [e.headers, e.response?.headers].find((h) => typeof h === 'object' && h !== null) as HeadersLike | undefined;
  return headers === undefined ? { status } : { status, headers };
}

/**
 * When the upstream said to come back: retry-after-ms (OpenAI), else retry-after as seconds
 * or an HTTP date (RFC 9110 §10.2.3); null when it said neither.
 */
export function retryAtOf(headers: Readonly<Record<string, string>>, now = Date.now()): Date | null {
  const ms = Number(headers['retry-after-ms']);
  if (headers['retry-after-ms'] !== undefined && Number.isFinite(ms) && ms >= 0) return new Date(now + ms);
  const after = headers['retry-after'];
  if (after === undefined) return null;
  const seconds = Number(after);
  if (after.trim() !== '' && Number.isFinite(seconds)) return seconds >= 0 ? new Date(now + seconds * 1000) : null;
  const date = Date.parse(after);
  return Number.isNaN(date) ? null : new Date(date);
}
