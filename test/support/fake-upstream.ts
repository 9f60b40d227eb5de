import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake upstream counts requests: a fixed window from the Unix epoch, or GCRA (a bucket refilled continuously). */
export const UpstreamAlgorithm = { FIXED: 'fixed', GCRA: 'gcra' } as const;
export type UpstreamAlgorithm = (typeof UpstreamAlgorithm)[keyof typeof UpstreamAlgorithm];

export interface FakeUpstreamOptions {
  /** Requests allowed per window. */
  readonly limit: number;
  readonly windowMs: number;
  readonly algorithm?: UpstreamAlgorithm;
  /** GCRA only: requests admitted at once; default `limit` (the providers' bucket). */
  readonly burst?: number;
  /** How long each request takes to answer. Default 5 ms. */
  readonly latencyMs?: number;
}

/** One request the upstream answered. */
export interface UpstreamHit {
  readonly at: number;
  readonly status: number;
  readonly path: string;
}

/**
 * A stand-in for a rate-limited API (an AI provider): it enforces its own request limit and
 * answers like OpenAI does: 200 with `usage` and x-ratelimit-limit-requests / -remaining-requests /
 * -reset-requests headers, or 429 with Retry-After (seconds, rounded up) and retry-after-ms.
 *
 * Paths: `/v1/complete?input=N&output=M` answers usage { prompt_tokens: N, completion_tokens: M };
 * `/v1/fail` answers 500; `/v1/limited` answers 429 whatever the limit says (with the same headers).
 */
export class FakeUpstream {
  readonly #options: Required<FakeUpstreamOptions>;
  readonly #server: Server;
  readonly hits: UpstreamHit[] = [];
  // FIXED: the window's start and its count. GCRA: the theoretical arrival time.
  #windowStart = 0;
  #count = 0;
  #tat = 0;

  constructor(options: FakeUpstreamOptions) {
    this.#options = { algorithm: UpstreamAlgorithm.FIXED, burst: options.limit, latencyMs: 5, ...options };
    this.#server = createServer((req, res) => void this.#handle(req, res));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Answers 429 as the limit said (the /v1/limited path excluded). */
  get rejected(): number {
    return this.hits.filter((h) => h.status === 429 && h.path !== '/v1/limited').length;
  }

  /** Requests served with 200 in [from, to). */
  servedBetween(from: number, to: number): number {
    return this.hits.filter((h) => h.status === 200 && h.at >= from && h.at < to).length;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://upstream');
    // Counted on arrival, before the latency: the way a provider's edge counts.
    const now = Date.now();
    if (url.pathname === '/v1/fail') return this.#answer(res, now, url.pathname, 500, {}, { error: 'upstream broke' });
    const decision = url.pathname === '/v1/limited' ? { ...this.#peek(now), allowed: false } : this.#take(now);
    const headers: Record<string, string> = {
      'x-ratelimit-limit-requests': String(this.#options.limit),
      'x-ratelimit-remaining-requests': String(decision.remaining),
      'x-ratelimit-reset-requests': openAiDuration(decision.resetMs),
    };
    if (!decision.allowed) {
      const retryMs = Math.max(1, decision.retryMs);
      return this.#answer(res, now, url.pathname, 429, { ...headers, 'retry-after': String(Math.ceil(retryMs / 1000)), 'retry-after-ms': String(retryMs) }, { error: { type: 'rate_limit_exceeded' } });
    }
    await new Promise((r) => setTimeout(r, this.#options.latencyMs));
    const input = Number(url.searchParams.get('input') ?? 10);
    const output = Number(url.searchParams.get('output') ?? 20);
    return this.#answer(res, now, url.pathname, 200, headers, { text: 'ok', usage: { prompt_tokens: input, completion_tokens: output } });
  }

  #answer(res: ServerResponse, at: number, path: string, status: number, headers: Record<string, string>, body: unknown): void {
    this.hits.push({ at, status, path });
    res.writeHead(status, { 'content-type': 'application/json', date: new Date().toUTCString(), ...headers });
    res.end(JSON.stringify(body));
  }

  /** Takes one request if the limit allows: allowed, what remains, when it resets, when to retry. */
  #take(now: number): { allowed: boolean; remaining: number; resetMs: number; retryMs: number } {
    const o = this.#options;
    if (o.algorithm === UpstreamAlgorithm.FIXED) {
      const start = Math.floor(now / o.windowMs) * o.windowMs;
      if (start !== this.#windowStart) [this.#windowStart, this.#count] = [start, 0];
      const resetMs = start + o.windowMs - now;
      if (this.#count >= o.limit) return { allowed: false, remaining: 0, resetMs, retryMs: resetMs };
      this.#count += 1;
      return { allowed: true, remaining: o.limit - this.#count, resetMs, retryMs: 0 };
    }
    // GCRA (boulder's convention): T per request, tau = burst * T.
    const t = o.windowMs / o.limit;
    const tau = o.burst * t;
    const tat0 = Math.max(this.#tat, now);
    const next = tat0 + t;
    if (next - tau > now) {
      return { allowed: false, remaining: Math.max(0, Math.floor((now - (tat0 - tau)) / t)), resetMs: tat0 - now, retryMs: Math.ceil(next - tau - now) };
    }
    this.#tat = next;
    return { allowed: true, remaining: Math.floor((now - (next - tau)) / t), resetMs: next - now, retryMs: 0 };
  }

  #peek(now: number): { remaining: number; resetMs: number; retryMs: number } {
    const o = this.#options;
    const start = Math.floor(now / o.windowMs) * o.windowMs;
    const resetMs = o.algorithm === UpstreamAlgorithm.FIXED ? start + o.windowMs - now : Math.max(0, this.#tat - now);
    return { remaining: 0, resetMs, retryMs: Math.max(1_000, resetMs) };
  }
}

/** OpenAI's reset format: "20ms", "1.5s", "6m0s". */
function openAiDuration(ms: number): string {
  const whole = Math.max(0, Math.ceil(ms));
  if (whole < 1_000) return `${whole}ms`;
  const minutes = Math.floor(whole / 60_000);
  const seconds = Number(((whole % 60_000) / 1_000).toFixed(3));
  return minutes > 0 ? `${minutes}m${seconds}s` : `${seconds}s`;
}
