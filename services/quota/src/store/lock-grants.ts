import type { GrantRecord } from '../domain/grant.ts';
import { grantOf, type GrantRow } from './rows.ts';
import type { Run } from './run.ts';

const EXPIRED = `select * from grants where state = 'ACTIVE' and expires_us < extract(epoch from clock_timestamp()) * 1e6
  order by id limit $1 for update skip locked`;

/** Up to `limit` ACTIVE grants past their expiry, locked (sorted by id); those another transaction holds are skipped. */
export async function lockExpiredGrants(run: Run, limit: number): Promise<GrantRecord[]> {
  return (await run<GrantRow>('quota_lock_expired', EXPIRED, [limit])).map(grantOf);
}
