import type { Limit, QuotaScope__Output, QuotaUnit__Output, QuotaWindow__Output } from '@sluice/contracts';
import type { LimitRow } from '../store/rows.ts';
import { toProtoEnum } from './proto-names.ts';

export function limitMessage(row: LimitRow): Limit {
  return {
    resource: row.resource,
    unit: toProtoEnum<QuotaUnit__Output>('QUOTA_UNIT_', row.unit),
    scope: toProtoEnum<QuotaScope__Output>('QUOTA_SCOPE_', row.scope),
    tenant_id: row.tenant_id,
    key: row.key,
    amount: row.amount,
    window: toProtoEnum<QuotaWindow__Output>('QUOTA_WINDOW_', row.window_kind),
    window_ms: row.window_ms,
    description: row.description,
    updated_at: toIso(row.updated_at),
  };
}

/** RFC 3339 in UTC, from PostgreSQL's timestamptz text (any session time zone). */
export function toIso(value: string): string {
  return new Date(value).toISOString();
}
