import type { BucketState } from '../domain/bucket.ts';
import { limitOf, bucketOf, type BucketRow, type LimitRow } from './rows.ts';
import type { Limit } from '../domain/limit.ts';
import type { Run } from './run.ts';

// Window counters that refused grants in a window that has now ended: each gets one
// quota.reset (reset_mark remembers it), whichever replica sees it first.
const SQL = `
with due as (
  select b.limit_id, b.partition from buckets b join limits l on l.id = b.limit_id
  where l.window_kind in ('FIXED', 'CALENDAR') and b.exceeded_mark = b.window_start_us and b.exceeded_mark > b.reset_mark
    and b.window_end_us <= extract(epoch from clock_timestamp()) * 1e6
  order by b.limit_id, b.partition limit $1 for update of b skip locked
)
update buckets b set reset_mark = b.exceeded_mark from due
where b.limit_id = due.limit_id and b.partition = due.partition
returning b.*, (select row_to_json(l) from limits l where l.id = b.limit_id) as limit_row, extract(epoch from clock_timestamp()) * 1e6 as now_us`;

export async function takeEndedWindows(run: Run, limit: number): Promise<Array<{ bucket: BucketState; limit: Limit; nowUs: number }>> {
  const rows = await run<BucketRow & { limit_row: LimitRow; now_us: number }>('quota_ended_windows', SQL, [limit]);
  return rows.map((r) => ({ bucket: bucketOf(r), limit: limitOf(r.limit_row), nowUs: Number(r.now_us) }));
}
