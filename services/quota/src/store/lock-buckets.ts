import { bucketKey } from '../domain/decide.ts';
import type { BucketState } from '../domain/bucket.ts';
import { bucketOf, type BucketRow } from './rows.ts';
import type { Run } from './run.ts';

// Sorted by key, so that two transactions (replicas) lock shared counters in the same order
// and never deadlock; a counter seen for the first time is created, then locked.
const LOCK = `select b.* from buckets b join unnest($1::uuid[], $2::text[]) as k(limit_id, partition)
  on b.limit_id = k.limit_id and b.partition = k.partition
  order by b.limit_id, b.partition for update of b`;
const CREATE = `insert into buckets (limit_id, partition)
  select * from unnest($1::uuid[], $2::text[]) order by 1, 2 on conflict do nothing`;

/** Locks the counters (limit id, partition) for this transaction and returns their state by bucketKey(). */
export async function lockBuckets(run: Run, keys: ReadonlyArray<{ limitId: string; partition: string }>): Promise<Map<string, BucketState>> {
  const sorted = [...new Map(keys.map((k) => [bucketKey(k.limitId, k.partition), k])).values()].sort((a, b) =>
    a.limitId === b.limitId ? (a.partition < b.partition ? -1 : a.partition > b.partition ? 1 : 0) : a.limitId < b.limitId ? -1 : 1,
  );
  const out = new Map<string, BucketState>();
  if (sorted.length === 0) return out;
  const lock = async (ks: typeof sorted) => {
    const rows = await run<BucketRow>('quota_lock_buckets', LOCK, [ks.map((k) => k.limitId), ks.map((k) => k.partition)]);
    for (const r of rows) out.set(bucketKey(r.limit_id, r.partition), bucketOf(r));
  };
  await lock(sorted);
  const missing = sorted.filter((k) => !out.has(bucketKey(k.limitId, k.partition)));
  if (missing.length > 0) {
    await run('quota_create_buckets', CREATE, [missing.map((k) => k.limitId), missing.map((k) => k.partition)]);
    await lock(missing);
  }
  return out;
}
