import type { QuotaServiceHandlers, UsageRow } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { unary } from '@sluice/grpc';
import { quotaStatus } from '../engine/quota-status.ts';
import { previewAcquire } from '../engine/tick.ts';
import { isoOfUs, msUntil } from '../engine/time.ts';
import { listResources } from '../store/resources.ts';
import { usage, type UsageRowOut } from '../store/usage.ts';
import type { HandlerDeps } from './deps.ts';
import { acquireOp } from './grant-input.ts';
import { resourceName } from './limit-input.ts';
import { statusMessage } from './to-message.ts';
import { requiredTenant } from './validate.ts';

type UsageHandlers = Pick<QuotaServiceHandlers, 'GetQuotaStatus' | 'GetUsage' | 'GetResetTime'>;

const BUCKETS = new Set([0, 60_000, 3_600_000, 86_400_000]);
const MAX_RANGE_MS = 400 * 86_400_000;
const GROUPS = { USAGE_GROUP_UNSPECIFIED: 'resource', USAGE_GROUP_RESOURCE: 'resource', USAGE_GROUP_API_KEY: 'api_key', USAGE_GROUP_WORKFLOW_TYPE: 'workflow_type' } as const;

/** Where the tenant stands: status per limit, usage from the ledger, reset times. */
export function usageHandlers(deps: HandlerDeps): UsageHandlers {
  return {
    GetQuotaStatus: unary(async (req) => {
      const tenantId = requiredTenant('tenant_id', req.tenant_id);
      const names = req.resource !== '' ? [resourceName('resource', req.resource)] : (await listResources(deps.orm.em.fork())).map((r) => r.name);
      const { nowUs, views } = await quotaStatus(deps.pool, deps.tick.limits, tenantId, names);
      return { limits: views.map((v) => statusMessage(v, nowUs)), server_time: isoOfUs(nowUs) };
    }),

    GetUsage: unary(async (req) => {
      const tenantId = requiredTenant('tenant_id', req.tenant_id);
      const resource = req.resource === '' ? '' : resourceName('resource', req.resource);
      const until = req.until === '' ? new Date() : time('until', req.until);
      const since = req.since === '' ? new Date(until.getTime() - 86_400_000) : time('since', req.since);
      if (since >= until) throw SluiceError.invalidArgument('since must be before until', { field: 'since' });
      if (until.getTime() - since.getTime() > MAX_RANGE_MS) throw SluiceError.invalidArgument('the range may span at most 400 days', { field: 'since' });
      const bucketMs = Number(req.bucket_ms);
      if (!BUCKETS.has(bucketMs)) throw SluiceError.invalidArgument('bucket_ms must be 0, 60000, 3600000 or 86400000', { field: 'bucket_ms' });
      const groupBy = GROUPS[req.group_by as keyof typeof GROUPS];
      if (groupBy === undefined) throw SluiceError.invalidArgument(`group_by ${JSON.stringify(req.group_by)} is not a UsageGroup`, { field: 'group_by' });
      const rows = await usage(deps.orm.em.fork(), { tenantId, resource, since, until, bucketMs, groupBy });
      const width = bucketMs === 0 ? until.getTime() - since.getTime() : bucketMs;
      const out = rows.map((r) => usageRow(r, width));
      return { rows: out, totals: totals(out, since, until), since: since.toISOString(), until: until.toISOString() };
    }),

    GetResetTime: unary(async (req) => {
      const op = acquireOp({ ...req, ttl_ms: 0, idempotency_key: '', workflow_id: '', stage: '', attempt_id: '', max_wait_ms: '0' });
      const { nowUs, outcome } = await previewAcquire(deps.pool, op, deps.tick);
      if (outcome.granted) return { available_now: true, available_at: '', retry_after_ms: '0', limiting: [], server_time: isoOfUs(nowUs) };
      return {
        available_now: false,
        available_at: isoOfUs(outcome.retryAtUs),
        retry_after_ms: String(msUntil(outcome.retryAtUs, nowUs)),
        limiting: outcome.limiting.map((v) => statusMessage(v, nowUs)),
        server_time: isoOfUs(nowUs),
      };
    }),
  };
}

function time(field: string, value: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw SluiceError.invalidArgument(`${field} ${JSON.stringify(value)} is not an RFC 3339 time`, { field });
  return d;
}

function usageRow(r: UsageRowOut, widthMs: number): UsageRow {
  const start = new Date(r.start);
  return {
    resource: r.resource,
    group: r.grp,
    start: start.toISOString(),
    end: new Date(start.getTime() + widthMs).toISOString(),
    requests: r.requests,
    input_tokens: r.input_tokens,
    output_tokens: r.output_tokens,
    cost_micros: r.cost_micros,
    grants: Number(r.grants),
    expired: Number(r.expired),
    refunded: Number(r.refunded),
    denials: Number(r.denials),
    overage_input_tokens: r.overage_input_tokens,
    overage_output_tokens: r.overage_output_tokens,
  };
}

const INT64_FIELDS = ['requests', 'input_tokens', 'output_tokens', 'cost_micros', 'overage_input_tokens', 'overage_output_tokens'] as const;
const INT_FIELDS = ['grants', 'expired', 'refunded', 'denials'] as const;

function totals(rows: readonly UsageRow[], since: Date, until: Date): UsageRow[] {
  const byResource = new Map<string, UsageRow>();
  for (const r of rows) {
    const t = byResource.get(r.resource!) ?? { resource: r.resource, group: '', start: since.toISOString(), end: until.toISOString(), ...Object.fromEntries(INT64_FIELDS.map((f) => [f, '0'])), ...Object.fromEntries(INT_FIELDS.map((f) => [f, 0])) };
    for (const f of INT64_FIELDS) t[f] = String(BigInt(t[f] as string) + BigInt(r[f] as string));
    for (const f of INT_FIELDS) t[f] = (t[f] as number) + (r[f] as number);
    byResource.set(r.resource!, t);
  }
  return [...byResource.values()];
}
