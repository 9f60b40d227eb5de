import type { GrpcClient } from '@sluice/grpc';
import type { Limit__Output, LimitStatus__Output, Price__Output, QuotaServiceClient, Resource__Output, UsageRow__Output } from '@sluice/contracts';
import { ErrorCode, SluiceError } from '@sluice/errors';
import type { QuotaApi } from '../http/quota-routes.ts';
import {
  CALENDAR_UNITS, SCOPES, UNITS, USAGE_RANGES, WINDOWS, type LimitStatusView, type LimitView, type ResourceView, type UsageView,
} from '../http/quota-schemas.ts';
import { bucketTrend, costString, sumUsage, type UsageCounts } from './usage-buckets.ts';

/** The quota routes' port, implemented with the quota service's gRPC API. */
export function quotaApi(client: GrpcClient<QuotaServiceClient>): QuotaApi {
  const call = reachable(client);
  const visibleLimits = async (tenantId: string, resource: string) => (await call('ListLimits', { resource, tenant_id: tenantId })).limits;
  return {
    resources: async (tenantId) => {
      const [{ resources }, limits] = await Promise.all([call('ListResources', {}), visibleLimits(tenantId, '')]);
      return { items: resources.map((r) => ({ ...resourceView(r), limits: limits.filter((l) => l.resource === r.name).map(limitView) })) };
    },
    putResource: async (name, body) =>
      resourceView(
        await call('PutResource', {
          resource: { name, description: body.description, prices: body.prices.map((p) => ({ unit: UNITS[p.unit], micros: p.micros, per: p.per })) },
        }),
      ),
    deleteResource: async (name) => {
      const res = await call('DeleteResource', { name });
      if (!res.deleted) throw SluiceError.notFound('quota resource', name);
      return { name, deleted: true, limits_deleted: res.limits_deleted };
    },
    limits: async (tenantId, resource) => ({ items: (await visibleLimits(tenantId, resource ?? '')).map(limitView) }),
    defineLimit: async (b) =>
      limitView(
        await call('DefineLimit', {
          limit: {
            resource: b.resource,
            name: b.name,
            unit: UNITS[b.unit],
            scope: SCOPES[b.scope],
            tenant_id: b.tenant_id ?? '',
            subject: b.subject ?? '',
            amount: b.amount,
            window: WINDOWS[b.window],
            window_ms: b.window_ms ?? 0,
            calendar_unit: b.calendar_unit === undefined ? 'CALENDAR_UNIT_UNSPECIFIED' : CALENDAR_UNITS[b.calendar_unit],
            time_zone: b.time_zone ?? '',
            burst: b.burst ?? 0,
            description: b.description,
          },
        }),
      ),
    deleteLimit: async (tenantId, id) => {
      // DeleteLimit takes no tenant: only a limit this tenant can see (global, a default, its
      // own) may be deleted, and another tenant's own limit is as unknown as a missing one.
      const visible = (await visibleLimits(tenantId, '')).some((l) => l.id === id);
      if (!visible || !(await call('DeleteLimit', { id })).deleted) throw SluiceError.notFound('quota limit', id);
      return { id, deleted: true };
    },
    status: async (tenantId, resource) => {
      const res = await call('GetQuotaStatus', { tenant_id: tenantId, resource: resource ?? '' });
      return { server_time: res.server_time, limits: statusViews(res.limits) };
    },
    usage: async (tenantId, resource, q) => {
      const range = USAGE_RANGES[q.time_range];
      // Buckets on whole UTC minutes, hours or days (the quota service bins from `since`): the
      // range ends with the bucket now filling, so 24h is exactly 24 hours on the hour.
      const until = new Date(Math.ceil((Date.now() + 1) / range.bucketMs) * range.bucketMs);
      const since = new Date(until.getTime() - range.ms);
      // GetResource first in the batch: an unknown resource is 404, not an empty report.
      const [, usage, status] = await Promise.all([
        call('GetResource', { name: resource }),
        call('GetUsage', {
          tenant_id: tenantId,
          resource,
          since: since.toISOString(),
          until: until.toISOString(),
          bucket_ms: range.bucketMs,
          group_by: q.group_by === 'api_key' ? 'USAGE_GROUP_API_KEY' : q.group_by === 'workflow_type' ? 'USAGE_GROUP_WORKFLOW_TYPE' : 'USAGE_GROUP_RESOURCE',
        }),
        call('GetQuotaStatus', { tenant_id: tenantId, resource }),
      ]);
      const rows = usage.rows.filter((r) => r.resource === resource);
      const totalRow = usage.totals.find((t) => t.resource === resource && t.group === '');
      const totals = totalRow === undefined ? sumUsage(rows.map(countsOf)) : countsOf(totalRow);
      const groups = new Map<string, UsageCounts[]>();
      if (q.group_by !== undefined) for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), countsOf(r)]);
      const view: UsageView = {
        resource,
        time_range: q.time_range,
        since: usage.since || since.toISOString(),
        until: usage.until || until.toISOString(),
        bucket_ms: range.bucketMs,
        group_by: q.group_by ?? null,
        totals: countsView(totals),
        trend: bucketTrend(rows.map((r) => ({ start: r.start, end: r.end, counts: countsOf(r) })), {
          since: usage.since || since.toISOString(),
          until: usage.until || until.toISOString(),
          bucketMs: range.bucketMs,
        }).map((b) => ({ start: b.start, end: b.end, ...countsView(b.counts) })),
        groups: [...groups].map(([group, counts]) => ({ group, ...countsView(sumUsage(counts)) })).sort((a, b) => a.group.localeCompare(b.group)),
        limits: statusViews(status.limits),
      };
      return view;
    },
  };
}

/**
 * The client's calls, with a quota service that cannot be reached (or does not answer in
 * time) reported as such: grpc-js's own messages name the address it tried, which is nobody's
 * business outside the cluster.
 */
function reachable(client: GrpcClient<QuotaServiceClient>): GrpcClient<QuotaServiceClient>['call'] {
  return (async (method: never, request: never, options?: never) => {
    try {
      return await client.call(method, request, options);
    } catch (err) {
      if (err instanceof SluiceError && err.code === ErrorCode.INVALID_ARGUMENT) throw inRestTerms(err);
      if (err instanceof SluiceError && err.code === ErrorCode.UNAVAILABLE) {
        throw new SluiceError(err.code, 'the quota service is unavailable; try again shortly', { details: { dependency: 'quota' }, cause: err });
      }
      if (err instanceof SluiceError && err.code === ErrorCode.DEADLINE_EXCEEDED) {
        throw new SluiceError(err.code, 'the quota service did not answer in time; try again shortly', { details: { dependency: 'quota' }, cause: err });
      }
      throw err;
    }
  }) as GrpcClient<QuotaServiceClient>['call'];
}

/**
 * The quota service names a bad field as its message has it (`limit.amount`,
 * `resource.prices[0].unit`); a REST client sent `body.amount`, `body.prices.0.unit`. Routes
 * validate first, so this is for a rule only the service knows.
 */
function inRestTerms(err: SluiceError): SluiceError {
  const field = err.details.field;
  if (typeof field !== 'string') return err;
  const rest = field
    .replace(/^resource\.name$/, 'path.name')
    .replace(/^(limit|resource)\./, 'body.')
    .replace(/\[(\d+)\]/g, '.$1');
  return rest === field ? err : new SluiceError(err.code, err.message, { details: { ...err.details, field: rest }, cause: err });
}

/** int64 as a JSON number while exact, a decimal string beyond (quota-schemas.ts int64Out). */
export function int64View(value: string): number | string {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
}

/** The lower-case word of a proto enum value (QUOTA_UNIT_INPUT_TOKENS → input_tokens). */
function word<T extends Record<string, string>>(map: T, value: string): keyof T & string {
  const found = Object.entries(map).find(([, proto]) => proto === value);
  // A value this gateway does not know yet (a newer quota service): its own name, lower-cased.
  return (found?.[0] ?? value.replace(/^(QUOTA_UNIT_|QUOTA_SCOPE_|QUOTA_WINDOW_|CALENDAR_UNIT_)/, '').toLowerCase()) as keyof T & string;
}

function orNull(text: string): string | null {
  return text === '' ? null : text;
}

function priceView(p: Price__Output): ResourceView['prices'][number] {
  return { unit: word(UNITS, p.unit) as ResourceView['prices'][number]['unit'], micros: int64View(p.micros), per: int64View(p.per) };
}

function resourceView(r: Resource__Output): ResourceView {
  return { name: r.name, description: r.description, prices: r.prices.map(priceView), created_at: r.created_at, updated_at: r.updated_at };
}

export function limitView(l: Limit__Output): LimitView {
  return {
    id: l.id,
    resource: l.resource,
    name: l.name,
    unit: word(UNITS, l.unit),
    scope: word(SCOPES, l.scope),
    tenant_id: orNull(l.tenant_id),
    subject: orNull(l.subject),
    amount: int64View(l.amount),
    window: word(WINDOWS, l.window),
    window_ms: l.window_ms === '0' || l.window_ms === '' ? null : Number(l.window_ms),
    calendar_unit: l.calendar_unit === 'CALENDAR_UNIT_UNSPECIFIED' ? null : word(CALENDAR_UNITS, l.calendar_unit),
    time_zone: orNull(l.time_zone),
    burst: l.burst === '0' || l.burst === '' ? null : int64View(l.burst),
    description: l.description,
    updated_at: l.updated_at,
  };
}

function statusViews(statuses: readonly LimitStatus__Output[]): LimitStatusView[] {
  return statuses.filter((s): s is LimitStatus__Output & { limit: Limit__Output } => s.limit !== null).map(limitStatusView);
}

function limitStatusView(s: LimitStatus__Output & { limit: Limit__Output }): LimitStatusView {
  const l = limitView(s.limit);
  return {
    resource: l.resource,
    limit_id: l.id,
    name: l.name,
    unit: l.unit,
    scope: l.scope,
    window: l.window,
    partition: orNull(s.partition),
    amount: l.amount,
    effective_amount: int64View(s.effective_amount),
    used: int64View(s.used),
    reserved: int64View(s.reserved),
    remaining: int64View(s.remaining),
    utilisation: s.utilisation,
    window_started_at: orNull(s.window_started_at),
    reset_at: orNull(s.resets_at),
    reset_after_ms: s.resets_at === '' ? null : Number(s.reset_after_ms),
  };
}

function countsOf(r: UsageRow__Output): UsageCounts {
  return {
    requests: BigInt(r.requests),
    input_tokens: BigInt(r.input_tokens),
    output_tokens: BigInt(r.output_tokens),
    cost_micros: BigInt(r.cost_micros),
    grants: r.grants,
    expired: r.expired,
    refunded: r.refunded,
    denials: r.denials,
    overage_input_tokens: BigInt(r.overage_input_tokens),
    overage_output_tokens: BigInt(r.overage_output_tokens),
  };
}

function countsView(c: UsageCounts): UsageView['totals'] {
  const n = (v: bigint) => int64View(v.toString());
  return {
    requests: n(c.requests),
    input_tokens: n(c.input_tokens),
    output_tokens: n(c.output_tokens),
    cost_micros: n(c.cost_micros),
    cost: costString(c.cost_micros),
    grants: c.grants,
    expired: c.expired,
    refunded: c.refunded,
    denials: c.denials,
    overage_input_tokens: n(c.overage_input_tokens),
    overage_output_tokens: n(c.overage_output_tokens),
  };
}
