import { randomUUID } from 'node:crypto';
import { SluiceError } from '@sluice/errors';
import type { StatementPool } from '@sluice/db';
import { uuidv7, type OutboxEntry } from '@sluice/messaging';
import { bucketKey, decide, type AcquireOp, type DecideOutput, type Op, type SettleOp } from '../domain/decide.ts';
import type { GrantRecord } from '../domain/grant.ts';
import { applicableLimits } from '../domain/applicable.ts';
import { findExistingGrants, lockExpiredGrants, lockGrants } from '../store/lock-grants.ts';
import { loadDecisionState } from '../store/load-decision-state.ts';
import { lockBuckets } from '../store/lock-buckets.ts';
import { writeDecisions } from '../store/write-decisions.ts';
import type { Run } from '../store/run.ts';

/** An operation as callers queue it: settlements name their grant, the tick loads it. */
export type Request =
  | Omit<AcquireOp, 'existing'>
  | { readonly kind: 'commit' | 'refund'; readonly tenantId: string; readonly grantId: string; readonly used?: SettleOp['used'] };

export interface TickOptions {
  readonly defaultTtlMs: number;
  readonly warnAt: number;
  /** Builds the outbox entries of the tick's events (quota.exceeded, quota.warning). */
  readonly events: (out: DecideOutput, nowUs: number) => OutboxEntry[];
}

export interface TickResult {
  readonly nowUs: number;
  readonly results: DecideOutput['results'];
  readonly out: DecideOutput;
}

/**
 * One transaction for a batch of requests: lock the grants to settle (by id), find earlier
 * answers to idempotency keys and held places in line, read the clock and the limits, lock
 * every counter touched (sorted), decide in arrival order, write it all back in one statement.
 * Row locks serialise ticks of every replica on shared counters, so the sum of grants never
 * passes a limit, whatever the number of replicas.
 */
export async function runTick(pool: StatementPool, requests: readonly Request[], options: TickOptions): Promise<TickResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pool.transaction((run) => tickOnce(run, requests, options));
    } catch (err) {
      // A deadlock (first use of counters created mid-tick), or an idempotency key another
      // replica stored meanwhile: run the tick again, which sees the other's work.
      if (attempt < 5 && (retryable(err) || err instanceof LostRace)) continue;
      throw err;
    }
  }
}

/** The expiry sweep: ACTIVE grants past expires_at settle as used, in the same decision path. */
export async function runExpiry(pool: StatementPool, limit: number, options: TickOptions): Promise<TickResult> {
  return pool.transaction(async (run) => {
    const expired = await lockExpiredGrants(run, limit);
    return decideAndWrite(run, expired.map((grant) => ({ kind: 'expire', grant })), options);
  });
}

class LostRace extends Error {}

async function tickOnce(run: Run, requests: readonly Request[], options: TickOptions): Promise<TickResult> {
  const settleIds = requests.flatMap((r) => (r.kind === 'acquire' ? [] : [r.grantId]));
  const grants = await lockGrants(run, settleIds);
  const acquires = requests.filter((r): r is Omit<AcquireOp, 'existing'> => r.kind === 'acquire');
  const existing = await findExistingGrants(run, {
    idempotency: acquires.filter((a) => a.idempotencyKey !== '').map((a) => ({ tenantId: a.tenantId, key: a.idempotencyKey })),
    held: acquires.filter((a) => a.workflowId !== '' && a.stage !== '').map((a) => ({ tenantId: a.tenantId, workflowId: a.workflowId, stage: a.stage, resource: a.resource })),
  });
  const byKey = new Map<string, GrantRecord>();
  for (const g of existing) {
    if (g.idempotencyKey !== '') byKey.set(`i\u0000${g.tenantId}\u0000${g.idempotencyKey}`, g);
    if (g.held) byKey.set(`h\u0000${g.tenantId}\u0000${g.workflowId}\u0000${g.stage}\u0000${g.resource}`, g);
  }
  const ops: Array<Op | SluiceError> = requests.map((r) => {
    if (r.kind === 'acquire') {
      const found = byKey.get(`i\u0000${r.tenantId}\u0000${r.idempotencyKey}`) ?? byKey.get(`h\u0000${r.tenantId}\u0000${r.workflowId}\u0000${r.stage}\u0000${r.resource}`);
      return found === undefined ? r : { ...r, existing: found };
    }
    const grant = grants.get(r.grantId);
    // Another tenant's grant is not found, never "forbidden".
    if (grant === undefined || grant.tenantId !== r.tenantId) return SluiceError.notFound('grant', r.grantId);
    return { kind: r.kind, grant, ...(r.used === undefined ? {} : { used: r.used }) };
  });
  const valid = ops.filter((o): o is Op => !(o instanceof SluiceError));
  const tick = await decideAndWrite(run, valid, options);
  // Put the per-request errors back in their places.
  let next = 0;
  const results = ops.map((o) => (o instanceof SluiceError ? o : tick.results[next++]!));
  return { ...tick, results };
}

async function decideAndWrite(run: Run, ops: readonly Op[], options: TickOptions): Promise<TickResult> {
  if (ops.length === 0) return { nowUs: 0, results: [], out: { results: [], newGrants: [], changedGrants: [], ledger: [], denials: new Map(), events: [] } };
  const names = [...new Set(ops.map((o) => (o.kind === 'acquire' ? o.resource : o.grant.resource)))];
  const state = await loadDecisionState(run, names);
  const keys: Array<{ limitId: string; partition: string }> = [];
  for (const o of ops) {
    if (o.kind === 'acquire') {
      const r = state.resources.get(o.resource);
      if (r !== undefined) for (const a of applicableLimits(r.limits, o)) keys.push({ limitId: a.limit.id, partition: a.partition });
    } else {
      const r = state.resources.get(o.grant.resource);
      for (const c of o.grant.charges) if (r?.limits.some((l) => l.id === c.limitId)) keys.push({ limitId: c.limitId, partition: c.partition });
    }
  }
  const buckets = await lockBuckets(run, keys);
  const out = decide({ nowUs: state.nowUs, resources: state.resources, buckets, ops, newId: randomUUID, defaultTtlMs: options.defaultTtlMs, warnAt: options.warnAt });
  const entries = options.events(out, state.nowUs);
  const touched = [...new Set(keys.map((k) => bucketKey(k.limitId, k.partition)))].map((k) => buckets.get(k)!).filter((b) => b !== undefined);
  const inserted = await writeDecisions(run, state.nowUs, touched, out, entries.length === 0 ? null : { id: uuidv7(), entries });
  if (inserted !== out.newGrants.length) throw new LostRace();
  return { nowUs: state.nowUs, results: out.results, out };
}

function retryable(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === '40P01' || code === '40001';
}
