import type { StatementPool } from '@sluice/db';
import { emptyBucket, roll, statusOf, type BucketState } from '../domain/bucket.ts';
import { decide, type AcquireOp, type CounterView, type AcquireOutcome } from '../domain/decide.ts';
import { LimitScope, type Limit } from '../domain/limit.ts';
import { loadDecisionState } from '../store/load-decision-state.ts';
import { lockBuckets } from '../store/lock-buckets.ts';
import { tenantBuckets } from '../store/tenant-buckets.ts';
import { applicableLimits } from '../domain/applicable.ts';

/**
 * Where each limit that applies to a tenant stands now: the global counters, the tenant's,
 * and each of its API keys' and workflow types' that has been used. A tenant's own limit
 * hides the default of the same name and subject.
 */
export async function quotaStatus(pool: StatementPool, tenantId: string, resources: readonly string[]): Promise<{ nowUs: number; views: CounterView[] }> {
  return pool.transaction(async (run) => {
    const state = await loadDecisionState(run, resources);
    const visible: Limit[] = [];
    for (const name of resources) {
      const r = state.resources.get(name);
      if (r === undefined) continue;
      const mine = r.limits.filter((l) => l.tenantId === tenantId);
      for (const l of r.limits) {
        if (l.tenantId !== '' && l.tenantId !== tenantId) continue;
        if (l.tenantId === '' && mine.some((m) => m.name === l.name && m.subject === l.subject)) continue;
        visible.push(l);
      }
    }
    const buckets = await tenantBuckets(run, visible.map((l) => l.id), tenantId);
    const views: CounterView[] = [];
    for (const limit of visible) {
      const tightening = state.resources.get(limit.resource)!.tightening;
      const own = buckets.filter((b) => b.limitId === limit.id);
      const counters: BucketState[] =
        limit.scope === LimitScope.GLOBAL || limit.scope === LimitScope.TENANT
          ? [own.find((b) => b.partition === (limit.scope === LimitScope.GLOBAL ? '' : tenantId)) ?? emptyBucket(limit.id, limit.scope === LimitScope.GLOBAL ? '' : tenantId)]
          : own.filter((b) => b.partition.startsWith(`${tenantId}/`));
      for (const b of counters) {
        const now = Math.max(state.nowUs, b.lastNowUs);
        roll(limit, b, now);
        views.push({ limit, partition: b.partition, status: statusOf(limit, b, now, tightening), retryAtUs: 0 });
      }
    }
    return { nowUs: state.nowUs, views };
  });
}

/** When `op` would be granted, deciding as AcquireGrant would but charging nothing. */
export async function resetTime(pool: StatementPool, op: Omit<AcquireOp, 'existing'>): Promise<{ nowUs: number; outcome: AcquireOutcome }> {
  return pool.transaction(async (run) => {
    const state = await loadDecisionState(run, [op.resource]);
    const r = state.resources.get(op.resource);
    const keys = r === undefined ? [] : applicableLimits(r.limits, op).map((a) => ({ limitId: a.limit.id, partition: a.partition }));
    const buckets = await lockBuckets(run, keys);
    const out = decide({ nowUs: state.nowUs, resources: state.resources, buckets, ops: [{ ...op, maxWaitMs: 0 }], newId: () => '', defaultTtlMs: 1, warnAt: 2 });
    const result = out.results[0]!;
    if (result instanceof Error) throw result;
    return { nowUs: out.nowUs, outcome: result as AcquireOutcome };
  });
}
