import { bucketOf, type BucketRow } from './rows.ts';
import type { BucketState } from '../domain/bucket.ts';
import type { Run } from './run.ts';

const SQL = `select * from buckets where limit_id = any($1::uuid[]) and (partition = '' or partition = $2 or starts_with(partition, $2 || '/'))
  order by limit_id, partition`;

/** The counters of the given limits that belong to the tenant (and the GLOBAL ones), unlocked. */
export async function tenantBuckets(run: Run, limitIds: readonly string[], tenantId: string): Promise<BucketState[]> {
  if (limitIds.length === 0) return [];
  return (await run<BucketRow>('quota_tenant_buckets', SQL, [limitIds, tenantId])).map(bucketOf);
}
