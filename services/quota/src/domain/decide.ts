import { SluiceError } from '@sluice/errors';
import { costOf, overageOf, settleAmounts, unitsOf, type Amounts, type Price } from './amounts.ts';
import { applicableLimits, type Applied } from './applicable.ts';
import { charge, emptyBucket, eventMark, fit, fitsAt, roll, settle, statusOf, type BucketState, type CounterStatus, type Fit, type Tightening } from './bucket.ts';
import { DenialReason, GrantState, type Charge, type GrantRecord } from './grant.ts';
import { LimitUnit, LimitWindow, type Limit } from './limit.ts';

/** A resource as one decision sees it. */
export interface ResourceState {
  readonly name: string;
  readonly prices: readonly Price[];
  readonly limits: readonly Limit[];
  readonly tightening: Tightening;
}

export interface AcquireOp {
  readonly kind: 'acquire';
  readonly id: string;
  readonly tenantId: string;
  readonly resource: string;
  readonly apiKey: string;
  readonly workflowType: string;
  readonly amounts: Amounts;
  readonly ttlMs: number;
  readonly idempotencyKey: string;
  readonly workflowId: string;
  readonly stage: string;
  readonly attemptId: string;
  readonly maxWaitMs: number;
  /** The caller's trace context (opaque here): the events this request causes continue it. */
  readonly trace?: unknown;
  /** A grant found by idempotency key, or the stage's held future-dated grant. */
  readonly existing?: GrantRecord;
}

export interface SettleOp {
  readonly kind: 'commit' | 'refund' | 'expire';
  readonly grant: GrantRecord;
  /** commit: the units reported (unset = as reserved). */
  readonly used?: Partial<Amounts>;
}

export type Op = AcquireOp | SettleOp;

/** One limit's counter in an answer. */
export interface CounterView {
  readonly limit: Limit;
  readonly partition: string;
  readonly status: CounterStatus;
  /** For a refused request: when this limit would let it through (0 = now). */
  readonly retryAtUs: number;
}

export type AcquireOutcome =
  | { readonly granted: true; readonly grant: GrantRecord; readonly limits: CounterView[]; readonly reused: boolean }
  | {
      readonly granted: false;
      readonly retryAtUs: number;
      readonly reason: string;
      readonly denialReason: DenialReason;
      readonly limiting: CounterView[];
      readonly limits: CounterView[];
    };

export type SettleOutcome = { readonly grant: GrantRecord };

/** A settled grant's line in the usage ledger. */
export interface LedgerLine {
  readonly grant: GrantRecord;
  readonly outcome: 'COMMITTED' | 'REFUNDED' | 'EXPIRED';
  readonly used: Amounts;
  readonly costMicros: number;
  readonly overage: Amounts;
}

export interface QuotaEventOut {
  readonly type: 'exceeded' | 'warning';
  readonly tenantId: string;
  readonly resource: string;
  readonly view: CounterView;
  readonly reason?: DenialReason;
  readonly retryAtUs?: number;
  readonly workflowId?: string;
  /** The trace of the request that caused the event. */
  readonly trace?: unknown;
}

export interface DecideInput {
  readonly nowUs: number;
  readonly resources: ReadonlyMap<string, ResourceState>;
  /** Every counter the ops touch, by bucketKey(); missing ones start empty. */
  readonly buckets: Map<string, BucketState>;
  readonly ops: readonly Op[];
  readonly newId: () => string;
  readonly defaultTtlMs: number;
  /** quota.warning threshold, 0..1. */
  readonly warnAt: number;
}

export interface DecideOutput {
  /** The decision's time: the clock, or the latest time a locked counter was decided at if later. */
  readonly nowUs: number;
  /** One per op, in order: an outcome or the error of that op alone. */
  readonly results: Array<AcquireOutcome | SettleOutcome | SluiceError>;
  readonly newGrants: GrantRecord[];
  /** Grants whose state changed (settled, or a held grant handed back). */
  readonly changedGrants: GrantRecord[];
  readonly ledger: LedgerLine[];
  /** Refusals per (tenant, resource, api key, workflow type). */
  readonly denials: Map<string, { tenantId: string; resource: string; apiKey: string; workflowType: string; count: number }>;
  readonly events: QuotaEventOut[];
}

export const bucketKey = (limitId: string, partition: string) => `${limitId}\u0000${partition}`;

/**
 * The decisions of one tick, in arrival order, against counters locked for the tick: each
 * acquire passes every limit it touches or charges none (no counter pollution: Envoy
 * ratelimit #1060); each settlement gives back to the counters its grant charged.
 */
export function decide(given: DecideInput): DecideOutput {
  // Time never runs backwards for a counter (BucketState.lastNowUs).
  let nowUs = given.nowUs;
  for (const b of given.buckets.values()) nowUs = Math.max(nowUs, b.lastNowUs);
  for (const b of given.buckets.values()) b.lastNowUs = nowUs;
  const input = { ...given, nowUs };
  const out: DecideOutput = { nowUs, results: [], newGrants: [], changedGrants: [], ledger: [], denials: new Map(), events: [] };
  const byIdempotency = new Map<string, GrantRecord>();
  // Two settlements of one grant in one tick: the first wins, the second sees it settled.
  const settled = new Map<string, GrantRecord>();
  const bucket = (limit: Limit, partition: string): BucketState => {
    const key = bucketKey(limit.id, partition);
    let b = input.buckets.get(key);
    if (b === undefined) input.buckets.set(key, (b = { ...emptyBucket(limit.id, partition), lastNowUs: input.nowUs }));
    roll(limit, b, input.nowUs);
    return b;
  };
  for (const op of input.ops) {
    try {
      if (op.kind === 'acquire') {
        const seen = op.idempotencyKey === '' ? undefined : byIdempotency.get(`${op.tenantId}\u0000${op.idempotencyKey}`);
        const result = acquire(input, out, bucket, seen === undefined ? op : { ...op, existing: seen });
        if (result.granted && op.idempotencyKey !== '') byIdempotency.set(`${op.tenantId}\u0000${op.idempotencyKey}`, result.grant);
        out.results.push(result);
      } else {
        const result = settleGrant(input, out, bucket, { ...op, grant: settled.get(op.grant.id) ?? op.grant });
        settled.set(op.grant.id, result.grant);
        out.results.push(result);
      }
    } catch (err) {
      if (!(err instanceof SluiceError)) throw err;
      out.results.push(err);
    }
  }
  return out;
}

type BucketOf = (limit: Limit, partition: string) => BucketState;

function acquire(input: DecideInput, out: DecideOutput, bucket: BucketOf, op: AcquireOp): AcquireOutcome {
  const now = input.nowUs;
  const resource = input.resources.get(op.resource);
  if (resource === undefined) throw unknownResource(op.resource);
  const applied = applicableLimits(resource.limits, op);
  const counters = applied.map((a) => ({ ...a, c: unitsOf(a.limit.unit, op.amounts, resource.prices), b: bucket(a.limit, a.partition) }));
  const view = (a: Applied & { b: BucketState }, retryAtUs = 0): CounterView => ({
    limit: a.limit,
    partition: a.partition,
    status: statusOf(a.limit, a.b, now, resource.tightening),
    retryAtUs,
  });
  if (op.existing !== undefined) {
    // The first answer to this idempotency key, or the place in line this stage holds.
    const g = op.existing;
    const handedBack = g.held && g.notBeforeUs <= now ? { ...g, held: false } : g;
    if (handedBack !== g) out.changedGrants.push(handedBack);
    return { granted: true, grant: handedBack, limits: counters.map((a) => view(a)), reused: true };
  }
  const fits = counters.map((a) => ({ a, f: a.c === 0 ? ({ kind: 'at', atUs: now, next: false } as Fit) : fit(a.limit, a.b, a.c, now, resource.tightening) }));
  const never = fits.find((x) => x.f.kind === 'never');
  if (never !== undefined) {
    const l = never.a.limit;
    throw SluiceError.invalidArgument(
      `amounts: the request needs ${never.a.c} ${l.unit.toLowerCase()} but limit ${l.name} on ${op.resource} allows at most ${l.window === LimitWindow.ROLLING ? l.burst : l.amount} at once`,
      { field: 'amounts', limit: l.name, needed: never.a.c },
    );
  }
  const backoff = resource.tightening.backoffUntilUs > now ? resource.tightening.backoffUntilUs : 0;
  const atUs = Math.max(now, backoff, ...fits.map((x) => x.f.kind === 'never' ? now : x.f.atUs));
  const datable = fits.every((x) => x.f.kind === 'at') && fits.every((x) => x.a.c === 0 || fitsAt(x.a.limit, x.a.b, x.a.c, atUs, now));
  const grantNow = atUs <= now;
  if (grantNow || (op.maxWaitMs > 0 && datable && atUs - now <= op.maxWaitMs * 1000)) {
    const charges: Charge[] = [];
    for (const { a } of fits) {
      if (a.c === 0) continue;
      const windowUs = charge(a.limit, a.b, a.c, atUs, now, resource.tightening);
      charges.push({ limitId: a.limit.id, partition: a.partition, unit: a.limit.unit, amount: a.c, windowUs });
    }
    const grant: GrantRecord = {
      id: input.newId(),
      tenantId: op.tenantId,
      resource: op.resource,
      apiKey: op.apiKey,
      workflowType: op.workflowType,
      workflowId: op.workflowId,
      stage: op.stage,
      attemptId: op.attemptId,
      idempotencyKey: op.idempotencyKey,
      amounts: op.amounts,
      costMicros: costOf(op.amounts, resource.prices),
      charges,
      state: GrantState.ACTIVE,
      createdUs: now,
      notBeforeUs: atUs,
      expiresUs: atUs + (op.ttlMs > 0 ? op.ttlMs : input.defaultTtlMs) * 1000,
      settledUs: null,
      used: null,
      overage: null,
      usedCostMicros: null,
      held: !grantNow && op.workflowId !== '' && op.stage !== '',
    };
    out.newGrants.push(grant);
    const limits = counters.map((a) => view(a));
    warn(input, out, op, counters, limits);
    return { granted: true, grant, limits, reused: false };
  }
  // Refused: nothing was charged anywhere.
  const key = `${op.tenantId}\u0000${op.resource}\u0000${op.apiKey}\u0000${op.workflowType}`;
  const d = out.denials.get(key);
  if (d === undefined) out.denials.set(key, { tenantId: op.tenantId, resource: op.resource, apiKey: op.apiKey, workflowType: op.workflowType, count: 1 });
  else d.count++;
  const limits = counters.map((a, i) => view(a, retryOf(fits[i]!.f, now)));
  const limiting = limits.filter((v) => v.retryAtUs > now);
  const binding = limiting.reduce<CounterView | undefined>((best, v) => (best === undefined || v.retryAtUs > best.retryAtUs ? v : best), undefined);
  const retryAtUs = Math.max(atUs, backoff);
  for (const v of limiting) {
    const b = bucket(v.limit, v.partition);
    const mark = eventMark(v.limit, b, now);
    if (b.exceededMark === mark) continue;
    b.exceededMark = mark;
    out.events.push({ type: 'exceeded', tenantId: op.tenantId, resource: op.resource, view: v, reason: denialReasonOf(v.limit), retryAtUs: v.retryAtUs, workflowId: op.workflowId, trace: op.trace });
  }
  if (binding === undefined || backoff >= (binding?.retryAtUs ?? 0)) {
    return {
      granted: false,
      retryAtUs,
      reason: `the upstream of ${op.resource} asked to back off until ${new Date(backoff / 1000).toISOString()}`,
      denialReason: DenialReason.UPSTREAM_BACKOFF,
      limiting,
      limits,
    };
  }
  const l = binding.limit;
  const needed = unitsOf(l.unit, op.amounts, resource.prices);
  return {
    granted: false,
    retryAtUs,
    reason: `limit ${l.name} on ${op.resource} (${l.unit.toLowerCase()}, ${l.scope.toLowerCase()}${binding.partition === '' ? '' : ` ${binding.partition}`}) has ${binding.status.remaining} left and the request needs ${needed}`,
    denialReason: denialReasonOf(l),
    limiting,
    limits,
  };
}

function retryOf(f: Fit, now: number): number {
  return f.kind === 'never' || f.atUs <= now ? 0 : f.atUs;
}

function denialReasonOf(limit: Limit): DenialReason {
  if (limit.unit === LimitUnit.COST_MICROS) return DenialReason.BUDGET_EXHAUSTED;
  if (limit.window === LimitWindow.ROLLING) return DenialReason.RATE_LIMITED;
  if (limit.window === LimitWindow.CONCURRENT) return DenialReason.CONCURRENCY;
  return DenialReason.WINDOW_EXHAUSTED;
}

/** quota.warning once per window (or per crossing, for rolling and concurrent limits). */
function warn(input: DecideInput, out: DecideOutput, op: AcquireOp, counters: ReadonlyArray<{ b: BucketState }>, views: readonly CounterView[]): void {
  views.forEach((v, i) => {
    const b = counters[i]!.b;
    const windowed = v.limit.window === LimitWindow.FIXED || v.limit.window === LimitWindow.CALENDAR;
    const mark = windowed ? b.windowStartUs : 1;
    if (v.status.utilisation < input.warnAt) {
      if (!windowed) b.warnedMark = 0;
      return;
    }
    if (b.warnedMark === mark) return;
    b.warnedMark = mark;
    out.events.push({ type: 'warning', tenantId: op.tenantId, resource: op.resource, view: v, workflowId: op.workflowId, trace: op.trace });
  });
}

function settleGrant(input: DecideInput, out: DecideOutput, bucket: BucketOf, op: SettleOp): SettleOutcome {
  const g = op.grant;
  if (g.state !== GrantState.ACTIVE) {
    throw SluiceError.failedPrecondition(`grant ${g.id} is already ${g.state}: it cannot be ${op.kind === 'commit' ? 'committed' : 'refunded'}`, {
      field: 'grant_id',
      grant_id: g.id,
      state: g.state,
    });
  }
  const resource = input.resources.get(g.resource);
  const prices = resource?.prices ?? [];
  const used = op.kind === 'refund' ? { REQUESTS: 0, INPUT_TOKENS: 0, OUTPUT_TOKENS: 0 } : op.kind === 'expire' ? g.amounts : settleAmounts(g.amounts, op.used ?? {});
  for (const c of g.charges) {
    const limit = resource?.limits.find((l) => l.id === c.limitId);
    if (limit === undefined) continue; // the limit was deleted since: nothing to give back
    const actual = op.kind === 'expire' ? c.amount : unitsOf(c.unit, used, prices);
    settle(limit, bucket(limit, c.partition), c.amount, actual, c.windowUs, input.nowUs, resource!.tightening);
  }
  const state = op.kind === 'commit' ? GrantState.COMMITTED : op.kind === 'refund' ? GrantState.REFUNDED : GrantState.EXPIRED;
  const costMicros = op.kind === 'expire' ? g.costMicros : costOf(used, prices);
  const overage = overageOf(g.amounts, used);
  const settled: GrantRecord = { ...g, state, settledUs: input.nowUs, used, overage, usedCostMicros: costMicros, held: false };
  out.changedGrants.push(settled);
  out.ledger.push({ grant: settled, outcome: state, used, costMicros, overage });
  return { grant: settled };
}

/** Thrown when a request names a resource that is not defined: the request is valid, the configuration is missing. */
export function unknownResource(name: string): SluiceError {
  return SluiceError.failedPrecondition(`resource ${JSON.stringify(name)} is not defined: define it (PutResource) and its limits first`, { field: 'resource', resource: name });
}
