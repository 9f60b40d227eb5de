import type { Grant, Limit, LimitStatus, Resource, UnitAmount } from '@sluice/contracts';
import type { Amounts } from '../domain/amounts.ts';
import type { CounterView } from '../domain/decide.ts';
import type { GrantRecord } from '../domain/grant.ts';
import type { Limit as DomainLimit } from '../domain/limit.ts';
import { isoOfUs, msUntil } from '../engine/time.ts';
import type { LimitRow, ResourceRow } from '../store/rows.ts';
import { limitOf } from '../store/rows.ts';

export function limitMessage(row: LimitRow | DomainLimit, updatedAt = ''): Limit {
  const l = 'window_kind' in row ? limitOf(row) : row;
  return {
    id: l.id,
    resource: l.resource,
    name: l.name,
    unit: `QUOTA_UNIT_${l.unit}`,
    scope: `QUOTA_SCOPE_${l.scope}`,
    tenant_id: l.tenantId,
    subject: l.subject,
    amount: String(l.amount),
    window: `QUOTA_WINDOW_${l.window}`,
    window_ms: String(l.windowMs),
    calendar_unit: l.calendarUnit === null ? 'CALENDAR_UNIT_UNSPECIFIED' : `CALENDAR_UNIT_${l.calendarUnit}`,
    time_zone: l.calendarUnit === null ? '' : l.timeZone,
    burst: String(l.window === 'ROLLING' ? l.burst : 0),
    description: l.description,
    updated_at: 'window_kind' in row ? toIso(row.updated_at) : updatedAt,
  };
}

export function resourceMessage(row: ResourceRow): Resource {
  return {
    name: row.name,
    description: row.description,
    prices: row.prices.map((p) => ({ unit: `QUOTA_UNIT_${p.unit}`, micros: String(p.micros), per: String(p.per) })),
    created_at: toIso(row.created_at),
    updated_at: toIso(row.updated_at),
  };
}

export function statusMessage(v: CounterView, nowUs: number): LimitStatus {
  const s = v.status;
  return {
    limit: limitMessage(v.limit),
    partition: v.partition,
    used: String(s.used),
    reserved: String(s.reserved),
    remaining: String(s.remaining),
    effective_amount: String(s.effectiveAmount),
    utilisation: s.utilisation,
    window_started_at: isoOfUs(s.windowStartUs),
    resets_at: isoOfUs(s.resetsAtUs),
    reset_after_ms: String(msUntil(s.resetsAtUs, nowUs)),
    retry_at: isoOfUs(v.retryAtUs),
    retry_after_ms: String(msUntil(v.retryAtUs, nowUs)),
  };
}

export function amountsMessage(a: Amounts | null, costMicros: number | null): UnitAmount[] {
  if (a === null) return [];
  const out: UnitAmount[] = [];
  if (a.REQUESTS > 0) out.push({ unit: 'QUOTA_UNIT_REQUESTS', amount: String(a.REQUESTS) });
  if (a.INPUT_TOKENS > 0) out.push({ unit: 'QUOTA_UNIT_INPUT_TOKENS', amount: String(a.INPUT_TOKENS) });
  if (a.OUTPUT_TOKENS > 0) out.push({ unit: 'QUOTA_UNIT_OUTPUT_TOKENS', amount: String(a.OUTPUT_TOKENS) });
  if (costMicros !== null && costMicros > 0) out.push({ unit: 'QUOTA_UNIT_COST_MICROS', amount: String(costMicros) });
  return out;
}

export function grantMessage(g: GrantRecord): Grant {
  return {
    id: g.id,
    tenant_id: g.tenantId,
    resource: g.resource,
    api_key: g.apiKey,
    workflow_type: g.workflowType,
    amounts: amountsMessage(g.amounts, g.costMicros),
    used: amountsMessage(g.used, g.usedCostMicros),
    overage: amountsMessage(g.overage, null),
    state: `GRANT_STATE_${g.state}`,
    created_at: isoOfUs(g.createdUs),
    not_before: isoOfUs(g.notBeforeUs),
    expires_at: isoOfUs(g.expiresUs),
    settled_at: g.settledUs === null ? '' : isoOfUs(g.settledUs),
    workflow_id: g.workflowId,
    stage: g.stage,
    attempt_id: g.attemptId,
  };
}

/** RFC 3339 in UTC, from PostgreSQL's timestamptz text (any session time zone). */
export function toIso(value: string): string {
  return new Date(value).toISOString();
}
