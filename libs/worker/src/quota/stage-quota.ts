import type { Logger } from '@sluice/logging';
import type { ReportUpstreamResponse__Output } from '@sluice/contracts';
import { addAmounts, checkAmounts, type QuotaAmounts } from './amounts.ts';
import type { QuotaGrant } from './grant.ts';
import type { AcquireOptions, CallOptions, QuotaCalls } from './quota-calls.ts';
import type { UpstreamResponse } from './upstream.ts';

/** A stage's quota declaration (defineStage({ quota })): the SDK acquires before the handler runs. */
export interface StageQuotaOptions<I = unknown> {
  /** The quota service's resource, e.g. "openai/acme/gpt-4o-mini". */
  readonly resource: string;
  /** What one run of the stage spends, reserved before the handler runs. */
  readonly estimate: (input: I) => QuotaAmounts;
  /**
   * 0 (default) = refused, the stage parks until the earliest time the estimate fits. Above 0 =
   * it takes a place in line if one comes within this long, parks holding it, and runs on it.
   */
  readonly maxWaitMs?: number;
  /** The API key the units are spent for (limits of scope API_KEY). */
  readonly apiKey?: (input: I) => string;
  /** The grant's lifetime; unsettled by then it counts as used. Default: the stage's timeoutMs, else the service's default. */
  readonly ttlMs?: number;
}

/** ctx.quota: the stage's own grant, and grants for the upstream calls a handler makes itself. */
export interface StageQuota {
  /** The grant the stage's `quota` declaration took before the handler ran; null without one. */
  readonly grant: QuotaGrant | null;
  /**
   * Records what the handler really used of the stage's grant (added up over calls); units never
   * recorded settle at the estimate. The SDK commits it when the handler ends, failed or not.
   */
  use(usage: QuotaAmounts): void;
  /**
   * Returns a grant's units: the upstream was not called. Without a grant, the stage's own (the
   * SDK then commits nothing for it; resolves to null if the refund did not reach the service).
   */
  refund(grant?: QuotaGrant, reason?: string): Promise<QuotaGrant | null>;
  /** As QuotaClient.acquire; the grant is the handler's to commit or refund. */
  acquire(resource: string, amounts: QuotaAmounts, options?: AcquireOptions): Promise<QuotaGrant>;
  /** As QuotaClient.commit. */
  commit(grant: QuotaGrant, used?: QuotaAmounts): Promise<QuotaGrant>;
  /** As QuotaClient.call; the function gets ctx.signal unless options.signal says otherwise. */
  call<T>(resource: string, estimate: QuotaAmounts, fn: (signal: AbortSignal, grant: QuotaGrant) => Promise<T>, options?: CallOptions<T>): Promise<T>;
  /** As QuotaClient.report. */
  report(resource: string, response: UpstreamResponse, grant?: QuotaGrant): Promise<ReportUpstreamResponse__Output | null>;
}

/** ctx.quota for one attempt; the worker acquires and settles the declared grant through it. */
export class AttemptQuota implements StageQuota {
  readonly #calls: QuotaCalls | undefined;
  readonly #log: Logger;
  readonly #stage: string;
  #grant: QuotaGrant | null = null;
  #recorded: QuotaAmounts = {};
  #settled = false;

  /** `calls` is undefined when the worker has no quotaAddress. */
  constructor(calls: QuotaCalls | undefined, log: Logger, stage: string) {
    this.#calls = calls;
    this.#log = log;
    this.#stage = stage;
  }

  get grant(): QuotaGrant | null {
    return this.#grant;
  }

  /** Before the handler: reserves the declared estimate. Throws as QuotaCalls.acquire does (the stage then parks). */
  async acquireDeclared(declared: StageQuotaOptions<never>, input: never, stageTimeoutMs: number, attemptId: string): Promise<void> {
    const estimate = checkAmounts(declared.estimate(input), `stage ${this.#stage}: quota.estimate(input)`);
    this.#grant = await this.#need().acquire(declared.resource, estimate, {
      apiKey: declared.apiKey?.(input) ?? '',
      maxWaitMs: declared.maxWaitMs ?? 0,
      ttlMs: declared.ttlMs ?? stageTimeoutMs,
      // A retried AcquireGrant of this attempt gets its first answer, never a second reservation.
      idempotencyKey: `${attemptId}:${declared.resource}`,
    });
  }

  /**
   * After the handler, whatever it did: commits what it recorded, else the estimate (a failed
   * handler may well have reached the upstream), unless it refunded. Never throws: an unsettled
   * grant expires and counts as used, which is what committing the estimate would do too.
   */
  async settleDeclared(): Promise<void> {
    const grant = this.#grant;
    if (grant === null || this.#settled) return;
    this.#settled = true;
    try {
      await this.#need().commit(grant, this.#recorded);
    } catch (err) {
      this.#log.warn({ err, grant_id: grant.id, resource: grant.resource }, "stage's quota grant not committed: it expires and counts as used");
    }
  }

  use(usage: QuotaAmounts): void {
    if (this.#grant === null) throw new TypeError(`stage ${this.#stage} declares no quota: use() records usage of its grant (commit() settles a grant from acquire())`);
    this.#recorded = addAmounts(this.#recorded, checkAmounts(usage, `stage ${this.#stage}: ctx.quota.use()`));
  }

  async refund(grant?: QuotaGrant, reason = ''): Promise<QuotaGrant | null> {
    const own = this.#grant;
    if (grant !== undefined && grant.id !== own?.id) return this.#need().refund(grant, reason);
    if (own === null) throw new TypeError(`stage ${this.#stage} declares no quota: refund() needs a grant`);
    if (this.#settled) return null;
    this.#settled = true;
    try {
      return await this.#need().refund(own, reason);
    } catch (err) {
      this.#log.warn({ err, grant_id: own.id, resource: own.resource }, "stage's quota grant not refunded: it expires and counts as used");
      return null;
    }
  }

  acquire(resource: string, amounts: QuotaAmounts, options?: AcquireOptions): Promise<QuotaGrant> {
    return this.#need().acquire(resource, amounts, options);
  }

  async commit(grant: QuotaGrant, used?: QuotaAmounts): Promise<QuotaGrant> {
    if (grant.id === this.#grant?.id) this.#settled = true;
    return this.#need().commit(grant, used);
  }

  call<T>(resource: string, estimate: QuotaAmounts, fn: (signal: AbortSignal, grant: QuotaGrant) => Promise<T>, options?: CallOptions<T>): Promise<T> {
    return this.#need().call(resource, estimate, fn, options);
  }

  report(resource: string, response: UpstreamResponse, grant?: QuotaGrant): Promise<ReportUpstreamResponse__Output | null> {
    return this.#need().report(resource, response, grant);
  }

  #need(): QuotaCalls {
    if (this.#calls === undefined) throw new TypeError(`stage ${this.#stage}: ctx.quota needs the quota service, and this worker has no quotaAddress`);
    return this.#calls;
  }
}
