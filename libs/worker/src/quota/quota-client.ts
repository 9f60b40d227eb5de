import type { ReportUpstreamResponse__Output } from '@sluice/contracts';
import { createLogger, type Logger } from '@sluice/logging';
import type { QuotaAmounts } from './amounts.ts';
import type { QuotaGrant } from './grant.ts';
import { QuotaCalls, type AcquireOptions, type CallOptions } from './quota-calls.ts';
import { QuotaRpc } from './quota-rpc.ts';
import type { UpstreamResponse } from './upstream.ts';

export interface QuotaClientOptions {
  /** host:port of the quota service's gRPC API. */
  readonly address: string;
  /** The tenant whose units these are. */
  readonly tenantId: string;
  /** Counts against limits of scope WORKFLOW_TYPE for this type; none when omitted. */
  readonly workflowType?: string;
  /** Each call's deadline; past it acquire() throws RateLimitedError QUOTA_UNAVAILABLE. Default 250 ms. */
  readonly deadlineMs?: number;
  /** The retry time QUOTA_UNAVAILABLE carries: a random time between the two. Default 1-2 s. */
  readonly unavailableBackoffMs?: { readonly minMs: number; readonly maxMs: number };
  /** A future-dated grant starting within this long is waited for; a later one throws. Default 0. */
  readonly maxInlineWaitMs?: number;
  readonly log?: Logger;
}

/**
 * The quota service outside a stage (a script, a service of your own): the same acquire,
 * commit, refund, report and call as ctx.quota, for one tenant.
 *
 * ```ts
 * const quota = new QuotaClient({ address: '127.0.0.1:50052', tenantId: 'acme' });
 * const answer = await quota.call('openai/acme/gpt-4o-mini', { requests: 1, input_tokens: 800, output_tokens: 400 },
 *   (signal) => fetch(url, { method: 'POST', body, signal }).then(async (r) => ({ status: r.status, headers: r.headers, body: await r.json() })),
 *   { usage: (r) => ({ input_tokens: r.body.usage.prompt_tokens, output_tokens: r.body.usage.completion_tokens }), response: (r) => r });
 * await quota.close();
 * ```
 */
export class QuotaClient {
  readonly #rpc: QuotaRpc;
  readonly #calls: QuotaCalls;

  constructor(options: QuotaClientOptions) {
    this.#rpc = new QuotaRpc({ ...options, log: options.log ?? createLogger({ service: 'quota-client' }) });
    this.#calls = new QuotaCalls(this.#rpc, { tenantId: options.tenantId, ...(options.workflowType === undefined ? {} : { workflowType: options.workflowType }) });
  }

  /** See ctx.quota.acquire: the grant, or RateLimitedError when refused, later, or unreachable. */
  acquire(resource: string, amounts: QuotaAmounts, options?: AcquireOptions): Promise<QuotaGrant> {
    return this.#calls.acquire(resource, amounts, options);
  }

  /** Settles a grant with what was used; a grant settled already: SluiceError FAILED_PRECONDITION. */
  commit(grant: QuotaGrant, used?: QuotaAmounts): Promise<QuotaGrant> {
    return this.#calls.commit(grant, used);
  }

  /** Returns all of a grant's units. */
  refund(grant: QuotaGrant, reason?: string): Promise<QuotaGrant> {
    return this.#calls.refund(grant, reason);
  }

  /** Reports an upstream's answer; never rejects (null when it was not delivered). */
  report(resource: string, response: UpstreamResponse, grant?: QuotaGrant): Promise<ReportUpstreamResponse__Output | null> {
    return this.#calls.report(resource, response, grant);
  }

  /** One upstream call under a grant (acquire, call, commit the usage, report; refund if it throws). */
  call<T>(resource: string, estimate: QuotaAmounts, fn: (signal: AbortSignal, grant: QuotaGrant) => Promise<T>, options?: CallOptions<T>): Promise<T> {
    return this.#calls.call(resource, estimate, fn, options);
  }

  /** Waits for reports in flight, then closes the connection. */
  close(): Promise<void> {
    return this.#rpc.close();
  }
}
