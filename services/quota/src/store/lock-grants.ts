import type { GrantRecord } from '../domain/grant.ts';
import { grantOf, type GrantRow } from './rows.ts';
import type { Run } from './run.ts';

const LOCK = 'select * from grants where id = any($1::uuid[]) order by id for update';
const EXPIRED = `select * from grants where state = 'ACTIVE' and expires_us < extract(epoch from clock_timestamp()) * 1e6
  order by id limit $1 for update skip locked`;
// Earlier answers to idempotency keys, and places in line (future-dated grants) held by a stage.
const EXISTING = `select * from grants where idempotency_key <> '' and (tenant_id, idempotency_key) in (select * from unnest($1::text[], $2::text[]))
  union all
  select * from grants where held and state = 'ACTIVE' and (tenant_id, workflow_id, stage, resource) in (select * from unnest($3::text[], $4::text[], $5::text[], $6::text[]))`;

/** The grants to settle, locked (sorted by id: replicas lock them in one order), by id. */
export async function lockGrants(run: Run, ids: readonly string[]): Promise<Map<string, GrantRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await run<GrantRow>('quota_lock_grants', LOCK, [[...new Set(ids)]]);
  return new Map(rows.map((r) => [r.id, grantOf(r)]));
}

/** Up to `limit` ACTIVE grants past their expiry, locked; those another transaction holds are skipped. */
export async function lockExpiredGrants(run: Run, limit: number): Promise<GrantRecord[]> {
  return (await run<GrantRow>('quota_lock_expired', EXPIRED, [limit])).map(grantOf);
}

export interface ExistingKeys {
  readonly idempotency: ReadonlyArray<{ tenantId: string; key: string }>;
  readonly held: ReadonlyArray<{ tenantId: string; workflowId: string; stage: string; resource: string }>;
}

export async function findExistingGrants(run: Run, keys: ExistingKeys): Promise<GrantRecord[]> {
  if (keys.idempotency.length === 0 && keys.held.length === 0) return [];
  const rows = await run<GrantRow>('quota_existing_grants', EXISTING, [
    keys.idempotency.map((k) => k.tenantId),
    keys.idempotency.map((k) => k.key),
    keys.held.map((k) => k.tenantId),
    keys.held.map((k) => k.workflowId),
    keys.held.map((k) => k.stage),
    keys.held.map((k) => k.resource),
  ]);
  return rows.map(grantOf);
}
