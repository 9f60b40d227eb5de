import type { StatementPool } from '@sluice/db';
import { emptyBucket, roll, statusOf, type BucketState } from '../domain/bucket.ts';
import type { CounterView } from '../domain/decide.ts';
import { LimitScope, type Limit } from '../domain/limit.ts';
import { readTickState } from '../store/read-tick-state.ts';
import { tenantBuckets } from '../store/tenant-buckets.ts';
import type { LimitCache } from './limit-cache.ts';
import { resourcesAt } from './tick.ts';

/**
 * Where each limit that applies to a tenant stands now: the global counters, the tenant's,
 * and each of its API keys' and workflow types' that has been used. A tenant's own limit
 * hides the default of the same name and subject. Read as a tick reads (clock, version,
 * calendar windows), without locking a counter.
 */
export async function quotaStatus(pool: StatementPool, cache: LimitCache, tenantId: string, names: readonly string[]): Promise<{ nowUs: number; views: CounterView[] }> {
  return pool.transaction(async (run) => {
    const state = await readTickState(run, { settle: [], idempotency: [], held: [], buckets: [], resources: names });
    const resources = await resourcesAt(run, cache, state, names);
    const visible: Limit[] = [];
    for (const r of resources.values()) {
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
      const tightening = resources.get(limit.resource)!.tightening;
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
