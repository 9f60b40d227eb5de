import { z } from 'zod';
import 'zod-openapi';

/**
 * Request and response schemas of the quota routes (validation and OpenAPI both come from
 * here). The REST API spells the proto's enums as lower-case words (QUOTA_UNIT_INPUT_TOKENS →
 * `input_tokens`); the maps below are the one place that pairs them.
 */

export const UNITS = {
  requests: 'QUOTA_UNIT_REQUESTS',
  input_tokens: 'QUOTA_UNIT_INPUT_TOKENS',
  output_tokens: 'QUOTA_UNIT_OUTPUT_TOKENS',
  total_tokens: 'QUOTA_UNIT_TOTAL_TOKENS',
  cost_micros: 'QUOTA_UNIT_COST_MICROS',
} as const;
export const SCOPES = {
  global: 'QUOTA_SCOPE_GLOBAL',
  tenant: 'QUOTA_SCOPE_TENANT',
  api_key: 'QUOTA_SCOPE_API_KEY',
  workflow_type: 'QUOTA_SCOPE_WORKFLOW_TYPE',
} as const;
export const WINDOWS = {
  rolling: 'QUOTA_WINDOW_ROLLING',
  fixed: 'QUOTA_WINDOW_FIXED',
  calendar: 'QUOTA_WINDOW_CALENDAR',
  concurrent: 'QUOTA_WINDOW_CONCURRENT',
} as const;
export const CALENDAR_UNITS = {
  minute: 'CALENDAR_UNIT_MINUTE',
  hour: 'CALENDAR_UNIT_HOUR',
  day: 'CALENDAR_UNIT_DAY',
  month: 'CALENDAR_UNIT_MONTH',
} as const;
/** A price table prices requests and tokens; cost is what it computes. */
export const PRICE_UNITS = ['requests', 'input_tokens', 'output_tokens'] as const;

const words = <T extends Record<string, string>>(map: T) => Object.keys(map) as [keyof T & string, ...(keyof T & string)[]];
const unitSchema = z.enum(words(UNITS));
const scopeSchema = z.enum(words(SCOPES));
const windowSchema = z.enum(words(WINDOWS));
const calendarUnitSchema = z.enum(words(CALENDAR_UNITS));
const priceUnitSchema = z.enum(PRICE_UNITS);

/** The longest ROLLING or FIXED window: a year (monthly quotas are CALENDAR windows). */
const MAX_WINDOW_MS = 366 * 86_400_000;

/**
 * An amount in a request: int64 on the wire, but the quota service counts in safe integers,
 * so 0 or 1 up to 2^53 - 1, as a JSON number or a decimal string ("5000000").
 */
function count(min: 0 | 1, description: string) {
  return z
    .union([z.number(), z.string()])
    .superRefine((value, ctx) => {
      const n = typeof value === 'number' ? value : /^\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
      if (!(Number.isSafeInteger(n) && n >= min)) ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${Number.MAX_SAFE_INTEGER}` });
    })
    .transform((value) => Number(value))
    .meta({ description });
}

/**
 * An int64 in a response: a JSON number while it is exact (up to 2^53 - 1), a decimal string
 * beyond. Clients that may see amounts past 2^53 should accept both.
 */
export const int64Out = z.union([z.number().int(), z.string()]).meta({ description: 'int64: a JSON number up to 2^53 - 1, a decimal string beyond' });

/** "openai/acme/gpt-4o-mini": the quota service's rule for resource names. */
export const resourceName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/, 'must be 1-128 letters, digits or . _ : / -, starting with a letter or digit')
  .meta({ example: 'openai/acme/gpt-4o-mini' });

const PATH_NAME = 'Resource name; its "/" are sent URL-encoded as %2F (openai%2Facme%2Fgpt-4o)';
export const resourceParams = z.object({ name: resourceName.meta({ param: { description: PATH_NAME } }) });
export const usageParams = z.object({ resource: resourceName.meta({ param: { description: PATH_NAME } }) });
export const limitIdParams = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a limit id').meta({ param: { description: 'Limit id (from GET /quota/limits)' } }),
});

const priceIn = z
  .object({
    unit: priceUnitSchema,
    micros: count(0, 'Millionths of the account currency per `per` units'),
    per: count(1, 'How many units `micros` buys (default 1)').default(1),
  })
  .strict();

export const putResourceBody = z
  .object({
    description: z.string().max(1000).default(''),
    prices: z
      .array(priceIn)
      .max(PRICE_UNITS.length)
      .default([])
      .superRefine((prices, ctx) => {
        const seen = new Set<string>();
        prices.forEach((p, i) => {
          if (seen.has(p.unit)) ctx.addIssue({ code: 'custom', path: [i, 'unit'], message: `${p.unit} is priced twice` });
          seen.add(p.unit);
        });
      })
      .meta({ description: 'e.g. $0.15 per 1M input tokens: { "unit": "input_tokens", "micros": 150000, "per": 1000000 }' }),
  })
  .strict()
  .meta({ id: 'PutQuotaResourceRequest' });

const validTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const defineLimitBody = z
  .object({
    resource: resourceName,
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'must be 1-63 letters, digits or . _ -, starting with a letter or digit').meta({ example: 'daily-cap' }),
    unit: unitSchema,
    scope: scopeSchema,
    tenant_id: z
      .string()
      .uuid('must be your tenant id (a UUID)')
      .nullable()
      .default(null)
      .meta({ description: "null: a default for every tenant (or the global limit); your tenant id: your tenant's own limit. Another tenant's id is 403" }),
    subject: z
      .string()
      .min(1)
      .max(256)
      .nullable()
      .default(null)
      .meta({ description: 'api_key and workflow_type scopes: null = each key (type) its own counter; set = that one only' }),
    amount: count(1, 'Units per window (held at once for concurrent)'),
    window: windowSchema,
    window_ms: z.number().int('must be a whole number').min(1).max(MAX_WINDOW_MS).optional().meta({ description: 'rolling and fixed: the period in ms' }),
    calendar_unit: calendarUnitSchema.optional().meta({ description: 'calendar: the boundary the window resets at' }),
    time_zone: z.string().max(64).refine(validTimeZone, 'must be an IANA time zone (Europe/Berlin)').optional().meta({ description: 'calendar: the IANA zone of the boundary; default UTC' }),
    burst: count(0, 'rolling: units admitted at once; default = amount').optional(),
    description: z.string().max(1000).default(''),
  })
  .strict()
  .superRefine((b, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const timed = b.window === 'rolling' || b.window === 'fixed';
    if (timed && b.window_ms === undefined) issue('window_ms', `is required for a ${b.window} window`);
    if (!timed && b.window_ms !== undefined) issue('window_ms', `must be left out for a ${b.window} window`);
    if (b.window === 'calendar' && b.calendar_unit === undefined) issue('calendar_unit', 'is required for a calendar window');
    if (b.window !== 'calendar' && b.calendar_unit !== undefined) issue('calendar_unit', 'is only for a calendar window');
    if (b.window !== 'calendar' && b.time_zone !== undefined) issue('time_zone', 'is only for a calendar window');
    if (b.window !== 'rolling' && b.burst !== undefined) issue('burst', 'is only for a rolling window');
    if (b.scope === 'global' && b.tenant_id !== null) issue('tenant_id', 'must be null for a global limit (one counter for the platform)');
    if (b.subject !== null && b.scope !== 'api_key' && b.scope !== 'workflow_type') issue('subject', 'is only for the api_key and workflow_type scopes');
  })
  .meta({ id: 'DefineQuotaLimitRequest' });

export const listLimitsQuery = z.object({ resource: resourceName.optional().meta({ description: 'Only this resource' }) }).strict();
export const statusQuery = z.object({ resource: resourceName.optional().meta({ description: 'Only this resource' }) }).strict();

/** The usage windows and the width of their trend's buckets. */
export const USAGE_RANGES = {
  '1h': { ms: 3_600_000, bucketMs: 60_000 },
  '24h': { ms: 86_400_000, bucketMs: 3_600_000 },
  '7d': { ms: 7 * 86_400_000, bucketMs: 86_400_000 },
  '30d': { ms: 30 * 86_400_000, bucketMs: 86_400_000 },
} as const;
export type UsageRange = keyof typeof USAGE_RANGES;

export const usageQuery = z
  .object({
    time_range: z.enum(['1h', '24h', '7d', '30d']).default('24h').meta({ description: 'The window: whole UTC minutes (1h), hours (24h) or days (7d, 30d), ending with the one now filling' }),
    group_by: z.enum(['api_key', 'workflow_type']).optional().meta({ description: 'Also break the usage down by API key or workflow type' }),
  })
  .strict();

// ---- Responses ----

const nullableTime = z.string().nullable().meta({ description: 'RFC 3339 in UTC; null when not set' });

export const priceSchema = z.object({ unit: priceUnitSchema, micros: int64Out, per: int64Out }).meta({ id: 'QuotaPrice' });

export const limitSchema = z
  .object({
    id: z.string(),
    resource: z.string(),
    name: z.string(),
    unit: unitSchema,
    scope: scopeSchema,
    tenant_id: z.string().nullable().meta({ description: 'null: a default for every tenant, or global; else your tenant (its own limit replaces a default of the same name)' }),
    subject: z.string().nullable(),
    amount: int64Out,
    window: windowSchema,
    window_ms: z.number().int().nullable(),
    calendar_unit: calendarUnitSchema.nullable(),
    time_zone: z.string().nullable(),
    burst: int64Out.nullable().meta({ description: 'rolling: units admitted at once; null = amount' }),
    description: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'QuotaLimit' });

export const resourceSchema = z
  .object({
    name: z.string(),
    description: z.string(),
    prices: z.array(priceSchema),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'QuotaResource' });

export const resourceWithLimitsSchema = resourceSchema
  .extend({ limits: z.array(limitSchema).meta({ description: "The global limits, the defaults and your tenant's own" }) })
  .meta({ id: 'QuotaResourceWithLimits' });

export const resourceListSchema = z.object({ items: z.array(resourceWithLimitsSchema) }).meta({ id: 'QuotaResourceList' });
export const limitListSchema = z.object({ items: z.array(limitSchema) }).meta({ id: 'QuotaLimitList' });
export const deletedResourceSchema = z.object({ name: z.string(), deleted: z.literal(true), limits_deleted: z.number().int() }).meta({ id: 'DeletedQuotaResource' });
export const deletedLimitSchema = z.object({ id: z.string(), deleted: z.literal(true) }).meta({ id: 'DeletedQuotaLimit' });

export const limitStatusSchema = z
  .object({
    resource: z.string(),
    limit_id: z.string(),
    name: z.string(),
    unit: unitSchema,
    scope: scopeSchema,
    window: windowSchema,
    partition: z.string().nullable().meta({ description: 'The counter: null for global, your tenant, "tenant/key" or "tenant/type"' }),
    amount: int64Out,
    effective_amount: int64Out.meta({ description: 'Lower than amount while the upstream asked us to slow down' }),
    used: int64Out.meta({ description: 'Charged in the current window, held reservations included' }),
    reserved: int64Out.meta({ description: 'Held by grants not yet settled' }),
    remaining: int64Out,
    utilisation: z.number().meta({ description: 'used / effective_amount (above 1 after overage)' }),
    window_started_at: nullableTime,
    reset_at: nullableTime.meta({ description: 'When the counter is back to full; null for an idle counter' }),
    reset_after_ms: z.number().int().nullable(),
  })
  .meta({ id: 'QuotaLimitStatus' });

export const quotaStatusSchema = z.object({ server_time: z.string(), limits: z.array(limitStatusSchema) }).meta({ id: 'QuotaStatus' });

const usageCounts = {
  requests: int64Out,
  input_tokens: int64Out,
  output_tokens: int64Out,
  cost_micros: int64Out,
  cost: z.string().meta({ description: 'cost_micros in the account currency, six decimals ("1.250000")', example: '1.250000' }),
  grants: z.number().int().meta({ description: 'Settled grants: committed, expired and refunded' }),
  expired: z.number().int(),
  refunded: z.number().int(),
  denials: z.number().int(),
  overage_input_tokens: int64Out,
  overage_output_tokens: int64Out,
};

export const usageTotalsSchema = z.object(usageCounts).meta({ id: 'QuotaUsageTotals' });

export const usageSchema = z
  .object({
    resource: z.string(),
    time_range: z.enum(['1h', '24h', '7d', '30d']),
    since: z.string(),
    until: z.string(),
    bucket_ms: z.number().int(),
    group_by: z.enum(['api_key', 'workflow_type']).nullable(),
    totals: usageTotalsSchema,
    trend: z.array(z.object({ start: z.string(), end: z.string(), ...usageCounts })).meta({ description: 'Oldest first, every bucket of the range (zeros included)' }),
    groups: z.array(z.object({ group: z.string(), ...usageCounts })).meta({ description: 'Per API key or workflow type when group_by is given; else empty' }),
    limits: z.array(limitStatusSchema).meta({ description: 'Where each limit on the resource stands now, with its reset time' }),
  })
  .meta({ id: 'QuotaUsage' });

export type LimitView = z.output<typeof limitSchema>;
export type ResourceView = z.output<typeof resourceSchema>;
export type LimitStatusView = z.output<typeof limitStatusSchema>;
export type UsageView = z.output<typeof usageSchema>;
