import { randomUUID } from 'node:crypto';
import { SluiceError } from '@sluice/errors';
import type { StatementPool } from '@sluice/db';
import { uuidv7, type OutboxEntry } from '@sluice/messaging';
import { bucketKey, decide, type AcquireOp, type AcquireOutcome, type DecideOutput, type Op, type ResourceState, type SettleOp } from '../domain/decide.ts';
import type { GrantRecord } from '../domain/grant.ts';
import { applicableLimits } from '../domain/applicable.ts';
import { LimitWindow } from '../domain/limit.ts';
import type { BucketState } from '../domain/bucket.ts';
import { lockExpiredGrants } from '../store/lock-grants.ts';
import { lockBuckets } from '../store/lock-buckets.ts';
import { readTickState, type TickState } from '../store/read-tick-state.ts';
import { writeDecisions } from '../store/write-decisions.ts';
import type { Run } from '../store/run.ts';
import type { LimitCache } from './limit-cache.ts';

/** An operation as callers queue it: settlements name their grant, the tick loads it. */
export type Request =
  | Omit<AcquireOp, 'existing'>
  | { readonly kind: 'commit' | 'refund'; readonly tenantId: string; readonly grantId: string; readonly used?: SettleOp['used'] };

export interface TickOptions {
  readonly defaultTtlMs: number;
  readonly warnAt: number;
  readonly limits: LimitCache;
  /** Builds the outbox entries of the tick's events (quota.exceeded, quota.warning). */
  readonly events: (out: DecideOutput, nowUs: number) => OutboxEntry[];
}

export interface TickResult {
  readonly nowUs: number;
  readonly results: DecideOutput['results'];
  readonly out: DecideOutput;
}

/**
 * One transaction for a batch of requests, in three statements: read and lock what the tick
 * touches (grants to settle, then counters, sorted; the clock; the limits' version), decide in
 * arrival order in TypeScript, write everything back in one statement. Row locks serialise
 * ticks of every replica on shared counters, so the sum of grants never passes a limit,
 * whatever the number of replicas.
 */
export function runTick(pool: StatementPool, requests: readonly Request[], options: TickOptions): Promise<TickResult> {
  return retried(() => pool.transaction((run) => tickOnce(run, requests, options)));
}

/**
 * A deadlock (counters created or limits changed mid-tick), an idempotency key another replica
 * stored meanwhile, limits that changed under the cache: the transaction runs again.
 */
async function retried<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (err) {
      if (attempt < 5 && (retryable(err) || err instanceof TryAgain)) continue;
      throw err;
    }
  }
}

/** The expiry sweep: ACTIVE grants past expires_at settle as used, in the same decision path. */
export async function runExpiry(pool: StatementPool, limit: number, options: TickOptions): Promise<TickResult> {
  return pool.transaction(async (run) => {
    const expired = await lockExpiredGrants(run, limit);
    if (expired.length === 0) return { nowUs: 0, results: [], out: emptyOutput() };
    const state = await readTickState(run, { settle: expired.map((g) => g.id), idempotency: [], held: [], buckets: [], resources: [] });
    return decideAndWrite(run, expired.map((grant) => ({ kind: 'expire', grant })), options, state);
  });
}

class TryAgain extends Error {}

async function tickOnce(run: Run, requests: readonly Request[], options: TickOptions): Promise<TickResult> {
  const acquires = requests.filter((r): r is Omit<AcquireOp, 'existing'> => r.kind === 'acquire');
  const names = [...new Set(acquires.map((a) => a.resource))];
  const state = await readTickState(run, {
    settle: requests.flatMap((r) => (r.kind === 'acquire' ? [] : [r.grantId])),
    idempotency: acquires.filter((a) => a.idempotencyKey !== '').map((a) => ({ tenantId: a.tenantId, key: a.idempotencyKey })),
    held: acquires.filter((a) => a.workflowId !== '' && a.stage !== '').map((a) => ({ tenantId: a.tenantId, workflowId: a.workflowId, stage: a.stage, resource: a.resource })),
    buckets: acquireKeys(acquires, (name) => options.limits.get(name)),
    resources: names,
  });
  const byKey = new Map<string, GrantRecord>();
  for (const g of state.existing) {
    if (g.idempotencyKey !== '') byKey.set(`i\u0000${g.tenantId}\u0000${g.idempotencyKey}`, g);
    if (g.held) byKey.set(`h\u0000${g.tenantId}\u0000${g.workflowId}\u0000${g.stage}\u0000${g.resource}`, g);
  }
  const ops: Array<Op | SluiceError> = requests.map((r) => {
    if (r.kind === 'acquire') {
      const found = byKey.get(`i\u0000${r.tenantId}\u0000${r.idempotencyKey}`) ?? byKey.get(`h\u0000${r.tenantId}\u0000${r.workflowId}\u0000${r.stage}\u0000${r.resource}`);
      return found === undefined ? r : { ...r, existing: found };
    }
    const grant = state.grants.get(r.grantId);
    // Another tenant's grant is not found, never "forbidden".
    if (grant === undefined || grant.tenantId !== r.tenantId) return SluiceError.notFound('grant', r.grantId);
    return { kind: r.kind, grant, ...(r.used === undefined ? {} : { used: r.used }) };
  });
  const valid = ops.filter((o): o is Op => !(o instanceof SluiceError));
  const tick = await decideAndWrite(run, valid, options, state);
  // Put the per-request errors back in their places.
  let next = 0;
  const results = ops.map((o) => (o instanceof SluiceError ? o : tick.results[next++]!));
  return { ...tick, results };
}

/** The cache reloaded when the limits changed since it was read, or a resource is new to it. */
async function freshLimits(run: Run, cache: LimitCache, state: TickState, names: readonly string[]): Promise<void> {
  if (state.version !== cache.version || names.some((n) => cache.get(n) === undefined)) await cache.reload(run);
}

function acquireKeys(acquires: ReadonlyArray<Omit<AcquireOp, 'existing'>>, resource: (name: string) => ResourceState | undefined) {
  const keys: Array<{ limitId: string; partition: string }> = [];
  for (const a of acquires) {
    const r = resource(a.resource);
    if (r !== undefined) for (const x of applicableLimits(r.limits, a)) keys.push({ limitId: x.limit.id, partition: x.partition });
  }
  return keys;
}

/**
 * The resources named, as the cache has them, their calendar limits given the windows read with
 * the clock. Reloads the cache first when the limits changed since it was read (the read's version).
 */
export async function resourcesAt(run: Run, cache: LimitCache, state: TickState, names: readonly string[]): Promise<Map<string, ResourceState>> {
  await freshLimits(run, cache, state, names);
  const resources = new Map<string, ResourceState>();
  for (const name of names) {
    const r = cache.get(name);
    if (r === undefined || resources.has(name)) continue;
    const limits = r.limits.map((l) => {
      if (l.window !== LimitWindow.CALENDAR) return l;
      const calendar = state.calendars.get(l.id);
      // A calendar limit created after the read: its window is not known yet.
      if (calendar === undefined) throw new TryAgain();
      return { ...l, calendar };
    });
    resources.set(name, { ...r, limits });
  }
  return resources;
}

/** What GetResetTime answers: a tick's decision for `op`, written nowhere. */
export async function previewAcquire(pool: StatementPool, op: Omit<AcquireOp, 'existing'>, options: TickOptions): Promise<{ nowUs: number; outcome: AcquireOutcome }> {
  const probe = { ...op, maxWaitMs: 0 };
  const tick = await retried(() =>
    pool.transaction(async (run) => {
      const state = await readTickState(run, { settle: [], idempotency: [], held: [], buckets: acquireKeys([probe], (n) => options.limits.get(n)), resources: [op.resource] });
      const resources = await resourcesAt(run, options.limits, state, [op.resource]);
      const { buckets } = await lockedBuckets(run, [probe], resources, state);
      return decide({ nowUs: state.nowUs, resources, buckets, ops: [probe], newId: () => '', defaultTtlMs: 1, warnAt: 2 });
    }),
  );
  const result = tick.results[0]!;
  if (result instanceof Error) throw result;
  return { nowUs: tick.nowUs, outcome: result as AcquireOutcome };
}

/** Every counter the ops touch, locked: those the read locked, and those it could not know of (created, then locked). */
async function lockedBuckets(
  run: Run,
  ops: readonly Op[],
  resources: ReadonlyMap<string, ResourceState>,
  state: TickState,
): Promise<{ buckets: Map<string, BucketState>; keys: Array<{ limitId: string; partition: string }> }> {
  const keys = acquireKeys(ops.filter((o): o is AcquireOp => o.kind === 'acquire'), (n) => resources.get(n));
  for (const o of ops) {
    if (o.kind === 'acquire') continue;
    const r = resources.get(o.grant.resource);
    for (const c of o.grant.charges) if (r?.limits.some((l) => l.id === c.limitId)) keys.push({ limitId: c.limitId, partition: c.partition });
  }
  const buckets = new Map<string, BucketState>(state.buckets.map((b) => [bucketKey(b.limitId, b.partition), b]));
  // Counters seen for the first time (or under limits the cache did not know yet): created, then locked.
  const missing = keys.filter((k) => !buckets.has(bucketKey(k.limitId, k.partition)));
  if (missing.length > 0) for (const [k, b] of await lockBuckets(run, missing)) buckets.set(k, b);
  return { buckets, keys };
}

async function decideAndWrite(run: Run, ops: readonly Op[], options: TickOptions, state: TickState): Promise<TickResult> {
  if (ops.length === 0) return { nowUs: state.nowUs, results: [], out: emptyOutput() };
  const resources = await resourcesAt(run, options.limits, state, ops.map((o) => (o.kind === 'acquire' ? o.resource : o.grant.resource)));
  const { buckets, keys } = await lockedBuckets(run, ops, resources, state);
  const out = decide({ nowUs: state.nowUs, resources, buckets, ops, newId: randomUUID, defaultTtlMs: options.defaultTtlMs, warnAt: options.warnAt });
  const entries = options.events(out, out.nowUs);
  const touched = [...new Set(keys.map((k) => bucketKey(k.limitId, k.partition)))].map((k) => buckets.get(k)!).filter((b) => b !== undefined);
  const inserted = await writeDecisions(run, out.nowUs, touched, out, entries.length === 0 ? null : { id: uuidv7(), entries });
  if (inserted !== out.newGrants.length) throw new TryAgain();
  return { nowUs: out.nowUs, results: out.results, out };
}

function emptyOutput(): DecideOutput {
  return { nowUs: 0, results: [], newGrants: [], changedGrants: [], ledger: [], denials: new Map(), events: [] };
}

/** A deadlock, a serialization failure, or a counter created for a limit deleted meanwhile (the next try reads the limits again). */
function retryable(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === '40P01' || code === '40001' || code === '23503';
}
