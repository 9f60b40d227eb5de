import type { BucketState } from '../domain/bucket.ts';
import type { GrantRecord } from '../domain/grant.ts';
import { bucketOf, grantOf, type BucketRow, type GrantRow } from './rows.ts';
import type { Run } from './run.ts';

// One round trip for everything a tick reads, in lock order: the grants to settle (sorted by
// id), then every counter the tick's requests touch (the acquires' keys, computed from the
// cached limits, and the charges of those grants; sorted by key), each `for update`; earlier
// answers to idempotency keys and held places in line; PostgreSQL's clock; the limits'
// version (to check the cache); and the calendar windows around now of the resources involved.
const SQL = `
with g as (select * from grants where id = any($1::uuid[]) order by id for update),
ex as (
  select * from grants where idempotency_key <> '' and (tenant_id, idempotency_key) in (select * from unnest($2::text[], $3::text[]))
  union all
  select * from grants where held and state = 'ACTIVE' and (tenant_id, workflow_id, stage, resource) in (select * from unnest($4::text[], $5::text[], $6::text[], $7::text[]))
),
ck as (
  select k.limit_id, k.partition from unnest($8::uuid[], $9::text[]) as k(limit_id, partition)
  union
  select (c->>'limitId')::uuid, c->>'partition' from g, jsonb_array_elements(g.charges) c
),
b as (select b.* from buckets b join ck on b.limit_id = ck.limit_id and b.partition = ck.partition order by b.limit_id, b.partition for update of b),
n as (select clock_timestamp() as now)
select extract(epoch from n.now) * 1e6 as now_us,
  (select version from config_version where id = 1) as version,
  (select coalesce(json_agg(g), '[]') from g) as grants,
  (select coalesce(json_agg(ex), '[]') from ex) as existing,
  (select coalesce(json_agg(b), '[]') from b) as buckets,
  (select coalesce(json_agg(x), '[]') from (
     select l.id,
       extract(epoch from (date_trunc(lower(l.calendar_unit), n.now at time zone l.time_zone) at time zone l.time_zone)) * 1e6 as start_us,
       extract(epoch from ((date_trunc(lower(l.calendar_unit), n.now at time zone l.time_zone) + ('1 ' || lower(l.calendar_unit))::interval) at time zone l.time_zone)) * 1e6 as end_us,
       extract(epoch from ((date_trunc(lower(l.calendar_unit), n.now at time zone l.time_zone) + ('2 ' || lower(l.calendar_unit))::interval) at time zone l.time_zone)) * 1e6 as next_end_us
     from limits l
     where l.window_kind = 'CALENDAR' and (l.resource = any($10::text[]) or l.resource in (select resource from g))) x) as calendars
from n`;

export interface TickReadKeys {
  readonly settle: readonly string[];
  readonly idempotency: ReadonlyArray<{ tenantId: string; key: string }>;
  readonly held: ReadonlyArray<{ tenantId: string; workflowId: string; stage: string; resource: string }>;
  readonly buckets: ReadonlyArray<{ limitId: string; partition: string }>;
  readonly resources: readonly string[];
}

export interface TickState {
  readonly nowUs: number;
  readonly version: number;
  readonly grants: Map<string, GrantRecord>;
  readonly existing: GrantRecord[];
  readonly buckets: BucketState[];
  readonly calendars: Map<string, { startUs: number; endUs: number; nextEndUs: number }>;
}

export async function readTickState(run: Run, keys: TickReadKeys): Promise<TickState> {
  const [row] = await run<{
    now_us: number | string;
    version: string;
    grants: GrantRow[];
    existing: GrantRow[];
    buckets: BucketRow[];
    calendars: Array<{ id: string; start_us: number; end_us: number; next_end_us: number }>;
  }>('quota_tick_state', SQL, [
    [...new Set(keys.settle)],
    keys.idempotency.map((k) => k.tenantId),
    keys.idempotency.map((k) => k.key),
    keys.held.map((k) => k.tenantId),
    keys.held.map((k) => k.workflowId),
    keys.held.map((k) => k.stage),
    keys.held.map((k) => k.resource),
    keys.buckets.map((k) => k.limitId),
    keys.buckets.map((k) => k.partition),
    keys.resources,
  ]);
  return {
    nowUs: Number(row!.now_us),
    version: Number(row!.version),
    grants: new Map(row!.grants.map((r) => [r.id, grantOf(r)])),
    existing: row!.existing.map(grantOf),
    buckets: row!.buckets.map(bucketOf),
    calendars: new Map(row!.calendars.map((c) => [c.id, { startUs: Number(c.start_us), endUs: Number(c.end_us), nextEndUs: Number(c.next_end_us) }])),
  };
}
