import { createServer, type Server } from 'node:http';
import { nowMs } from '../stats.ts';

/**
 * A local stand-in for a rate-limited provider: a token bucket of `amount` requests that
 * refills continuously at `amount` per `windowMs` (the providers' "requests per minute" bucket,
 * which is what the quota service's ROLLING limit with burst = amount models). A request that
 * finds no token gets 429 with Retry-After (whole seconds, rounded up, as HTTP says).
 */
export class FakeUpstream {
  readonly #server: Server;
  readonly #capacity: number;
  readonly #perMs: number;
  #tokens: number;
  #last: number;
  /** Wall ms of each 200 and each 429. */
  readonly ok: number[] = [];
  readonly refused: number[] = [];

  private constructor(amount: number, windowMs: number) {
    this.#capacity = amount;
    this.#perMs = amount / windowMs;
    this.#tokens = amount;
    this.#last = nowMs();
    this.#server = createServer((_req, res) => {
      const now = nowMs();
      this.#refill(now);
      // A token is 1 within float rounding of the refill arithmetic (1e-9 of a request).
      if (this.#tokens >= 1 - 1e-9) {
        this.#tokens -= 1;
        this.ok.push(now);
        res.statusCode = 200;
        res.end('{"ok":true}');
      } else {
        this.refused.push(now);
        res.statusCode = 429;
        res.setHeader('retry-after', String(Math.max(1, Math.ceil((1 - this.#tokens) / this.#perMs / 1000))));
        res.end('{"error":"rate_limited"}');
      }
    });
    this.#server.keepAliveTimeout = 60_000;
  }

  static async start(amount: number, windowMs: number): Promise<{ upstream: FakeUpstream; url: string }> {
    const upstream = new FakeUpstream(amount, windowMs);
    await new Promise<void>((resolve) => upstream.#server.listen(0, '127.0.0.1', resolve));
    const { port } = upstream.#server.address() as { port: number };
    return { upstream, url: `http://127.0.0.1:${port}/v1/call` };
  }

  #refill(now: number): void {
    this.#tokens = Math.min(this.#capacity, this.#tokens + (now - this.#last) * this.#perMs);
    this.#last = now;
  }

  /** Tokens in the bucket now: what the upstream would still let through at once. */
  level(): number {
    this.#refill(nowMs());
    return this.#tokens;
  }

  /** Requests the limit allowed over [from, to], given the bucket held `levelAtFrom` at `from`. */
  allowed(levelAtFrom: number, from: number, to: number): number {
    return levelAtFrom + (to - from) * this.#perMs;
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
