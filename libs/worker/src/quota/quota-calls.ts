import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReportUpstreamResponse__Output } from '@sluice/contracts';
import { ErrorCategory } from '@sluice/errors';
import { fromServiceError } from '@sluice/grpc';
import { checkAmounts, toUnitAmounts, toUsed, type QuotaAmounts } from './amounts.ts';
import { toGrant, type QuotaGrant } from './grant.ts';
import type { QuotaRpc } from './quota-rpc.ts';
import { deniedError, futureGrantError, unavailableError, upstreamLimitedError } from './refusals.ts';
import { relevantHeaders, retryAtOf, upstreamOfError, type UpstreamResponse } from './upstream.ts';

export interface AcquireOptions {
  /** The API key the units are spent for (limits of scope API_KEY count per key). */
  readonly apiKey?: string;
  /**
   * 0 (default) = decide now: refused, the stage parks until the earliest time the amounts fit.
   * Above 0 = a refused request takes a place in line instead, if that place comes within
   * this long: the stage parks holding the grant and runs at its not_before.
   */
  readonly maxWaitMs?: number;
  /** Unsettled after this long, the grant expires and counts as used. 0 = the service's default. */
  readonly ttlMs?: number;
  /** A retried acquire with the same key gets the first grant; one is made up when omitted. */
  readonly idempotencyKey?: string;
}

export interface CallOptions<T> extends AcquireOptions {
  /** What the call really used, read from its result; units it leaves out settle at the estimate. */
  readonly usage?: (result: T) => QuotaAmounts;
  /** The upstream's status and headers: reported to the quota service; a 429 parks the stage. */
  readonly response?: (result: T) => UpstreamResponse;
  /** Aborts the call; in a stage, ctx.signal by default. */
  readonly signal?: AbortSignal;
}

/** Whose units these are, and what the ledger says they were for. */
export interface QuotaScope {
  readonly tenantId: string;
  readonly workflowType?: string;
  readonly workflowId?: string;
  readonly stage?: string;
  readonly attemptId?: string;
  /** The stage's signal: stops an inline wait and is handed to call()'s function. */
  readonly signal?: AbortSignal;
}

/**
 * The quota operations for one scope (a stage attempt, or a QuotaClient's tenant): acquire,
 * commit, refund, report, and call() around one upstream request.
 */
export class QuotaCalls {
  readonly #rpc: QuotaRpc;
  readonly #scope: QuotaScope;
  #keys = 0;

  constructor(rpc: QuotaRpc, scope: QuotaScope) {
    this.#rpc = rpc;
    this.#scope = scope;
  }

  /**
   * Reserves `amounts` of `resource` and returns the grant, usable now. Throws RateLimitedError
   * (which parks a stage) when a limit refuses, when the grant starts later than the worker
   * waits in place (max_wait_ms), or when the quota service does not answer within its
   * deadline; SluiceError FAILED_PRECONDITION for an unknown resource and INVALID_ARGUMENT for amounts no
   * limit could ever allow (a stage is then SUSPENDED: waiting cannot help).
   */
  async acquire(resource: string, amounts: QuotaAmounts, options: AcquireOptions = {}): Promise<QuotaGrant> {
    const units = checkAmounts(amounts, `quota ${resource} amounts`);
    const s = this.#scope;
    let res;
    try {
      res = await this.#rpc.acquire({
        tenant_id: s.tenantId,
        resource,
        api_key: options.apiKey ?? '',
        workflow_type: s.workflowType ?? '',
        amounts: toUnitAmounts(units),
        ttl_ms: options.ttlMs ?? 0,
        idempotency_key: options.idempotencyKey ?? this.#key(resource),
        workflow_id: s.workflowId ?? '',
        stage: s.stage ?? '',
        attempt_id: s.attemptId ?? '',
        max_wait_ms: options.maxWaitMs ?? 0,
      });
    } catch (err) {
      const e = fromServiceError(err);
      // The request itself is wrong (unknown resource, too large): parking would loop.
      if (e.category === ErrorCategory.INVALID_INPUT) throw e;
      // Pessimistic, as Doorman is: no durable grant, no upstream call.
      this.#rpc.log.warn({ err: e, resource }, 'quota service unavailable: the stage parks');
      throw unavailableError(resource, e, this.#rpc.backoff);
    }
    if (!res.granted || res.grant === null) throw deniedError(resource, res);
    const grant = toGrant(res.grant);
    const waitMs = grant.notBefore.getTime() - Date.parse(res.server_time || new Date().toISOString());
    if (waitMs > 0) {
      if (waitMs > this.#rpc.maxInlineWaitMs) throw futureGrantError(resource, grant.id, grant.notBefore);
      try {
        await sleep(waitMs, undefined, { signal: s.signal });
      } catch (err) {
        await this.#quietly(this.refund(grant, 'stopped while waiting for the grant to start'), grant);
        throw err;
      }
    }
    return grant;
  }

  /** Settles a grant with what was really used (units left out settle at the reservation). */
  async commit(grant: QuotaGrant, used: QuotaAmounts = {}): Promise<QuotaGrant> {
    const units = checkAmounts(used, `quota ${grant.resource} usage`);
    const settled = await this.#rpc.settle({ commit: { tenant_id: this.#scope.tenantId, grant_id: grant.id, used: toUsed(grant.amounts, units) } });
    return toGrant(settled);
  }

  /** Returns all of a grant's units: the upstream was not called. */
  async refund(grant: QuotaGrant, reason = ''): Promise<QuotaGrant> {
    const settled = await this.#rpc.settle({ refund: { tenant_id: this.#scope.tenantId, grant_id: grant.id, reason } });
    return toGrant(settled);
  }

  /**
   * Tells the quota service what the upstream answered (status, rate-limit headers), so that it
   * can tighten its limits for a while. Never rejects: a failed report is logged (null).
   */
  report(resource: string, response: UpstreamResponse, grant?: QuotaGrant): Promise<ReportUpstreamResponse__Output | null> {
    const call = this.#rpc.client
      .call(
        'ReportUpstream',
        { tenant_id: this.#scope.tenantId, resource, grant_id: grant?.id ?? '', status_code: response.status, headers: relevantHeaders(response.headers) },
        { deadlineMs: this.#rpc.deadlineMs },
      )
      .catch((err: unknown) => {
        this.#rpc.log.warn({ err, resource, status: response.status }, 'upstream report not delivered');
        return null;
      });
    return this.#rpc.track(call);
  }

  /**
   * One upstream call under a grant: acquire `estimate` (a refusal throws RateLimitedError),
   * run `fn`, commit what `usage` reads from its result and report the response's headers; a
   * thrown call is refunded and rethrown. An upstream 429 (a thrown error with status 429, or
   * a result whose `response` says 429) is reported, refunded, and thrown as RateLimitedError
   * with the upstream's Retry-After, so the stage parks instead of hammering it.
   */
  async call<T>(resource: string, estimate: QuotaAmounts, fn: (signal: AbortSignal, grant: QuotaGrant) => Promise<T>, options: CallOptions<T> = {}): Promise<T> {
    const grant = await this.acquire(resource, estimate, options);
    const signal = options.signal ?? this.#scope.signal ?? new AbortController().signal;
    let result: T;
    try {
      result = await fn(signal, grant);
    } catch (err) {
      const upstream = upstreamOfError(err);
      if (upstream?.status === 429) throw await this.#limited(resource, grant, upstream, err);
      await this.#quietly(this.refund(grant, `the call failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 500)), grant);
      if (upstream !== null) void this.report(resource, upstream, grant);
      throw err;
    }
    const response = options.response?.(result);
    if (response?.status === 429) throw await this.#limited(resource, grant, response);
    let used: QuotaAmounts = {};
    try {
      used = options.usage?.(result) ?? {};
    } finally {
      // A usage reader that throws still settles the grant, at the estimate.
      await this.#quietly(this.commit(grant, used), grant);
    }
    if (response !== undefined) void this.report(resource, response, grant);
    return result;
  }

  /** A 429: refund (the upstream did not do the work), report, and the error that parks the stage. */
  async #limited(resource: string, grant: QuotaGrant, response: UpstreamResponse, cause?: unknown): Promise<Error> {
    const [, reported] = await Promise.all([this.#quietly(this.refund(grant, `upstream answered ${response.status}`), grant), this.report(resource, response, grant)]);
    const backoffUntil = reported?.backoff_until ? new Date(reported.backoff_until) : null;
    return upstreamLimitedError(resource, grant.id, response.status, retryAtOf(relevantHeaders(response.headers)) ?? backoffUntil, cause);
  }

  /** A settlement the caller cannot act on: its failure is logged; the grant then expires as used. */
  async #quietly(settlement: Promise<unknown>, grant: QuotaGrant): Promise<void> {
    try {
      await settlement;
    } catch (err) {
      this.#rpc.log.warn({ err, grant_id: grant.id, resource: grant.resource }, 'quota grant not settled: it expires and counts as used');
    }
  }

  /** Idempotency keys: the attempt's, numbered, so that one run of a stage never reuses one; else random. */
  #key(resource: string): string {
    const n = this.#keys++;
    return this.#scope.attemptId === undefined ? randomUUID() : `${this.#scope.attemptId}:${resource}:${n}`;
  }
}
