import type { Amounts, Price } from '../domain/amounts.ts';
import { NO_TIGHTENING, type BucketState } from '../domain/bucket.ts';
import type { ResourceState } from '../domain/decide.ts';
import type { Charge, GrantRecord, GrantState } from '../domain/grant.ts';
import type { CalendarUnit, Limit, LimitScope, LimitUnit, LimitWindow } from '../domain/limit.ts';

/**
 * Row shapes as raw queries return them: snake_case, bigint as a decimal string (or a number
 * from json_agg), timestamptz as text.
 */
export interface LimitRow {
  id: string;
  resource: string;
  name: string;
  unit: LimitUnit;
  scope: LimitScope;
  tenant_id: string;
  subject: string;
  amount: string | number;
  window_kind: LimitWindow;
  window_ms: string | number;
  calendar_unit: CalendarUnit | null;
  time_zone: string;
  burst: string | number;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface ResourceRow {
  name: string;
  description: string;
  prices: Price[];
  backoff_until_us: number;
  rate_factor: number;
  rate_factor_until_us: number;
  created_at: string;
  updated_at: string;
}

export interface BucketRow {
  limit_id: string;
  partition: string;
  tat_us: number;
  window_start_us: number;
  window_end_us: number;
  used: string | number;
  next_used: string | number;
  reserved: string | number;
  exceeded_mark: number;
  warned_mark: number;
  last_now_us: number;
}

export interface GrantRow {
  id: string;
  tenant_id: string;
  resource: string;
  api_key: string;
  workflow_type: string;
  workflow_id: string;
  stage: string;
  attempt_id: string;
  idempotency_key: string;
  amounts: Amounts;
  cost_micros: string | number;
  charges: Charge[];
  state: GrantState;
  created_us: number;
  not_before_us: number;
  expires_us: number;
  settled_us: number | null;
  used: Amounts | null;
  overage: Amounts | null;
  used_cost_micros: string | number | null;
  held: boolean;
}

export function limitOf(row: LimitRow): Limit {
  const amount = Number(row.amount);
  const burst = Number(row.burst);
  return {
    id: row.id,
    resource: row.resource,
    name: row.name,
    unit: row.unit,
    scope: row.scope,
    tenantId: row.tenant_id,
    subject: row.subject,
    amount,
    window: row.window_kind,
    windowMs: Number(row.window_ms),
    calendarUnit: row.calendar_unit,
    timeZone: row.time_zone,
    burst: burst > 0 ? burst : amount,
    description: row.description,
  };
}

export function bucketOf(row: BucketRow): BucketState {
  return {
    limitId: row.limit_id,
    partition: row.partition,
    tatUs: Number(row.tat_us),
    windowStartUs: Number(row.window_start_us),
    windowEndUs: Number(row.window_end_us),
    used: Number(row.used),
    nextUsed: Number(row.next_used),
    reserved: Number(row.reserved),
    exceededMark: Number(row.exceeded_mark),
    warnedMark: Number(row.warned_mark),
    lastNowUs: Number(row.last_now_us),
  };
}

export function grantOf(row: GrantRow): GrantRecord {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    resource: row.resource,
    apiKey: row.api_key,
    workflowType: row.workflow_type,
    workflowId: row.workflow_id,
    stage: row.stage,
    attemptId: row.attempt_id,
    idempotencyKey: row.idempotency_key,
    amounts: row.amounts,
    costMicros: Number(row.cost_micros),
    charges: row.charges,
    state: row.state,
    createdUs: Number(row.created_us),
    notBeforeUs: Number(row.not_before_us),
    expiresUs: Number(row.expires_us),
    settledUs: row.settled_us === null ? null : Number(row.settled_us),
    used: row.used,
    overage: row.overage,
    usedCostMicros: row.used_cost_micros === null ? null : Number(row.used_cost_micros),
    held: row.held,
  };
}

/** The resources as a decision sees them, each with its limits (rows of any order) and what its upstream said. */
export function resourceStates(resources: readonly ResourceRow[], limits: readonly LimitRow[]): Map<string, ResourceState> {
  const byName = new Map<string, ResourceState>();
  for (const r of resources) {
    byName.set(r.name, {
      name: r.name,
      prices: r.prices.map((p) => ({ unit: p.unit, micros: Number(p.micros), per: Number(p.per) })),
      limits: limits.filter((l) => l.resource === r.name).map(limitOf),
      tightening: { ...NO_TIGHTENING, backoffUntilUs: Number(r.backoff_until_us), rateFactor: Number(r.rate_factor), rateFactorUntilUs: Number(r.rate_factor_until_us) },
    });
  }
  return byName;
}
