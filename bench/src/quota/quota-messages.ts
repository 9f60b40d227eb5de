import type { AcquireGrantResponse, Grant, LimitStatus } from '@sluice/contracts';
import type { BenchLimit } from './limits.ts';

// The answers of the comparator servers (naive, grpc-floor), shaped like the quota service's
// (services/quota/src/rpc/to-message.ts): a grant with its amounts and times, and the status
// of the limit it passed, so that every system serialises about as much per call.

/** RFC 3339 with milliseconds, rounded up (as the quota service: a retry at that ms is never early); "" for 0. */
export const isoOfUs = (us: number): string => (us <= 0 ? '' : new Date(Math.ceil(us / 1000)).toISOString());
const msUntil = (us: number, nowUs: number): string => String(us <= nowUs ? 0 : Math.ceil((us - nowUs) / 1000));

export interface GrantView {
  readonly id: string;
  readonly tenantId: string;
  readonly resource: string;
  readonly amount: number;
  readonly state: 'ACTIVE' | 'COMMITTED';
  readonly createdUs: number;
  readonly notBeforeUs: number;
  readonly expiresUs: number;
  readonly settledUs: number | null;
}

export interface LimitView {
  readonly resource: string;
  readonly scope: BenchLimit['scope'];
  readonly window: BenchLimit['window'];
  readonly amount: number;
  readonly windowUs: number;
}

export interface CounterView {
  readonly used: number;
  readonly remaining: number;
  readonly windowStartUs: number;
  readonly resetsAtUs: number;
}

export function grantMessage(g: GrantView): Grant {
  const amounts = [{ unit: 'QUOTA_UNIT_REQUESTS' as const, amount: String(g.amount) }];
  return {
    id: g.id,
    tenant_id: g.tenantId,
    resource: g.resource,
    api_key: '',
    workflow_type: '',
    amounts,
    used: g.settledUs === null ? [] : amounts,
    overage: [],
    state: `GRANT_STATE_${g.state}`,
    created_at: isoOfUs(g.createdUs),
    not_before: isoOfUs(g.notBeforeUs),
    expires_at: isoOfUs(g.expiresUs),
    settled_at: g.settledUs === null ? '' : isoOfUs(g.settledUs),
    workflow_id: '',
    stage: '',
    attempt_id: '',
  };
}

export function statusMessage(l: LimitView, c: CounterView, partition: string, nowUs: number, retryAtUs = 0): LimitStatus {
  return {
    limit: {
      id: '00000000-0000-4000-8000-000000000000',
      resource: l.resource,
      name: 'requests',
      unit: 'QUOTA_UNIT_REQUESTS',
      scope: `QUOTA_SCOPE_${l.scope}`,
      tenant_id: '',
      subject: '',
      amount: String(l.amount),
      window: `QUOTA_WINDOW_${l.window}`,
      window_ms: String(l.windowUs / 1000),
      calendar_unit: 'CALENDAR_UNIT_UNSPECIFIED',
      time_zone: '',
      burst: String(l.window === 'ROLLING' ? l.amount : 0),
      description: '',
      updated_at: '',
    },
    partition,
    used: String(c.used),
    reserved: String(c.used),
    remaining: String(c.remaining),
    effective_amount: String(l.amount),
    utilisation: c.used / l.amount,
    window_started_at: isoOfUs(c.windowStartUs),
    resets_at: isoOfUs(c.resetsAtUs),
    reset_after_ms: msUntil(c.resetsAtUs, nowUs),
    retry_at: isoOfUs(retryAtUs),
    retry_after_ms: msUntil(retryAtUs, nowUs),
  };
}

export function acquireMessage(granted: GrantView | null, status: LimitStatus, nowUs: number, retryAtUs = 0): AcquireGrantResponse {
  if (granted !== null) return { granted: true, grant: grantMessage(granted), limits: [status], server_time: isoOfUs(nowUs) };
  return {
    granted: false,
    retry_at: isoOfUs(retryAtUs),
    retry_after_ms: msUntil(retryAtUs, nowUs),
    reason: 'limit requests refuses',
    denial_reason: 'DENIAL_REASON_RATE_LIMITED',
    limiting: [status],
    limits: [status],
    server_time: isoOfUs(nowUs),
  };
}
