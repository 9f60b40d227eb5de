/**
 * What an upstream's answer says about its limits, from its headers (lower-case names):
 * - `retry-after-ms`, `retry-after` (seconds or an HTTP date), the OpenAI/Anthropic SDKs' order;
 * - OpenAI `x-ratelimit-remaining-{requests,tokens}` with `x-ratelimit-reset-*` as durations
 *   ("12ms", "1s", "6m0s": the time until the bucket is full again);
 * - Anthropic `anthropic-ratelimit-{requests,tokens,input-tokens,output-tokens}-remaining` with
 *   `-reset` as an RFC 3339 instant, made relative with the response's `date` (no clock skew).
 * Unknown headers say nothing. A 429 without any of these tightens the rate by a factor instead.
 */
export interface UpstreamAdvice {
  /** Refuse every grant on the resource for this long (0 = no barrier). */
  readonly backoffMs: number;
  /** Scale the resource's global rolling limits by this factor (null = unchanged). */
  readonly rateFactor: number | null;
  /** In words, one line per finding. */
  readonly applied: string[];
}

/** How long a 429 without a retry time scales the rate, and by how much each time (AIMD's decrease). */
export const UNEXPLAINED_429_FACTOR = 0.75;
export const FACTOR_HOLD_MS = 60_000;
/** A barrier never lasts longer than this, whatever a header says (a day covers daily caps). */
const MAX_BACKOFF_MS = 24 * 3_600_000;

export function adviceFrom(status: number, headers: Readonly<Record<string, string>>): UpstreamAdvice {
  const h = (name: string) => headers[name]?.trim() ?? '';
  const applied: string[] = [];
  let backoffMs = 0;
  const dateMs = Date.parse(h('date'));
  const at = (value: string): number | null => {
    const t = Date.parse(value);
    if (Number.isNaN(t)) return null;
    return Math.max(0, t - (Number.isNaN(dateMs) ? Date.now() : dateMs));
  };
  const retry = retryAfterMs(h('retry-after-ms'), h('retry-after'), at);
  if (retry !== null) {
    backoffMs = Math.max(backoffMs, retry);
    applied.push(`retry-after: back off ${retry} ms`);
  }
  for (const kind of ['requests', 'tokens']) {
    const remaining = h(`x-ratelimit-remaining-${kind}`);
    const reset = durationMs(h(`x-ratelimit-reset-${kind}`));
    if (remaining !== '' && Number(remaining) <= 0 && reset !== null) {
      backoffMs = Math.max(backoffMs, reset);
      applied.push(`x-ratelimit-remaining-${kind} is 0: back off ${reset} ms (x-ratelimit-reset-${kind})`);
    }
  }
  for (const kind of ['requests', 'tokens', 'input-tokens', 'output-tokens']) {
    const remaining = h(`anthropic-ratelimit-${kind}-remaining`);
    const reset = at(h(`anthropic-ratelimit-${kind}-reset`));
    if (remaining !== '' && Number(remaining) <= 0 && reset !== null) {
      backoffMs = Math.max(backoffMs, reset);
      applied.push(`anthropic-ratelimit-${kind}-remaining is 0: back off ${reset} ms`);
    }
  }
  backoffMs = Math.min(Math.ceil(backoffMs), MAX_BACKOFF_MS);
  let rateFactor: number | null = null;
  if (status === 429 && backoffMs === 0) {
    rateFactor = UNEXPLAINED_429_FACTOR;
    applied.push(`429 without a retry time: global rolling limits scaled by ${UNEXPLAINED_429_FACTOR} for ${FACTOR_HOLD_MS / 1000} s`);
  }
  return { backoffMs, rateFactor, applied };
}

function retryAfterMs(ms: string, value: string, at: (v: string) => number | null): number | null {
  if (ms !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0) return Number(ms);
  if (value === '') return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  return at(value);
}

/** "12ms", "1s", "6m0s", "1h2m3.5s" (Go durations, as OpenAI sends them); null when unreadable. */
export function durationMs(value: string): number | null {
  if (value === '') return null;
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let total = 0;
  let consumed = 0;
  for (const m of value.matchAll(re)) {
    const n = Number(m[1]);
    total += m[2] === 'h' ? n * 3_600_000 : m[2] === 'm' ? n * 60_000 : m[2] === 's' ? n * 1000 : n;
    consumed += m[0].length;
  }
  return consumed === value.length && consumed > 0 ? total : null;
}
