import type { EntityManager } from '@sluice/db';
import { query } from './sql.ts';

export interface UsageQuery {
  readonly tenantId: string;
  /** "" = every resource. */
  readonly resource: string;
  readonly since: Date;
  readonly until: Date;
  /** 0 = one bucket for the range. */
  readonly bucketMs: number;
  readonly groupBy: 'resource' | 'api_key' | 'workflow_type';
}

export interface UsageRowOut {
  resource: string;
  grp: string;
  start: string;
  requests: string;
  input_tokens: string;
  output_tokens: string;
  cost_micros: string;
  grants: string;
  expired: string;
  refunded: string;
  denials: string;
  overage_input_tokens: string;
  overage_output_tokens: string;
}

/**
 * Settled usage from the ledger (by settlement time) and refusals, per resource (and API key
 * or workflow type) and time bucket, for one tenant only.
 */
export function usage(em: EntityManager, q: UsageQuery): Promise<UsageRowOut[]> {
  const group = q.groupBy === 'api_key' ? 'api_key' : q.groupBy === 'workflow_type' ? 'workflow_type' : "''";
  // date_bin from the range's start: buckets line up with `since`, whatever the width.
  const bin = (col: string) => (q.bucketMs > 0 ? `date_bin(make_interval(secs => ? / 1000.0), ${col}, ?::timestamptz)` : '?::timestamptz');
  const binParams = q.bucketMs > 0 ? [q.bucketMs, q.since] : [q.since];
  return query<UsageRowOut>(
    em,
    `with l as (
       select resource, ${group} as grp, ${bin('settled_at')} as start,
         sum(requests) as requests, sum(input_tokens) as input_tokens, sum(output_tokens) as output_tokens, sum(cost_micros) as cost_micros,
         count(*) as grants, count(*) filter (where outcome = 'EXPIRED') as expired, count(*) filter (where outcome = 'REFUNDED') as refunded,
         sum(overage_input_tokens) as overage_input_tokens, sum(overage_output_tokens) as overage_output_tokens
       from usage_ledger
       where tenant_id = ? and (? = '' or resource = ?) and settled_at >= ? and settled_at < ?
       group by 1, 2, 3
     ), d as (
       select resource, ${group} as grp, ${bin('minute')} as start, sum(count) as denials
       from denials
       where tenant_id = ? and (? = '' or resource = ?) and minute >= date_trunc('minute', ?::timestamptz) and minute < ?
       group by 1, 2, 3
     )
     select coalesce(l.resource, d.resource) as resource, coalesce(l.grp, d.grp) as grp, coalesce(l.start, d.start) as start,
       coalesce(l.requests, 0) as requests, coalesce(l.input_tokens, 0) as input_tokens, coalesce(l.output_tokens, 0) as output_tokens,
       coalesce(l.cost_micros, 0) as cost_micros, coalesce(l.grants, 0) as grants, coalesce(l.expired, 0) as expired,
       coalesce(l.refunded, 0) as refunded, coalesce(d.denials, 0) as denials,
       coalesce(l.overage_input_tokens, 0) as overage_input_tokens, coalesce(l.overage_output_tokens, 0) as overage_output_tokens
     from l full join d on l.resource = d.resource and l.grp = d.grp and l.start = d.start
     order by 1, 2, 3`,
    [
      ...binParams, q.tenantId, q.resource, q.resource, q.since, q.until,
      ...binParams, q.tenantId, q.resource, q.resource, q.since, q.until,
    ],
  );
}
