import { sqlMigration } from '@sluice/db';
import { outboxEntriesMigrationSql, outboxMigrationSql } from '@sluice/messaging';

// Unit, scope and window hold the short names of domain/limit.ts. tenant_id and key are ""
// rather than null for "every tenant / every key", as on the wire, so that the natural key
// is a plain unique constraint that `on conflict` can name. "window" is a reserved word in
// PostgreSQL, hence window_kind.
const limits = `create table limits (
  id uuid primary key,
  resource text not null,
  unit text not null check (unit in ('REQUESTS', 'TOKENS', 'COST_MICROS', 'BYTES')),
  scope text not null check (scope in ('GLOBAL', 'TENANT', 'KEY')),
  tenant_id text not null default '',
  key text not null default '',
  amount bigint not null check (amount > 0),
  window_kind text not null check (window_kind in ('FIXED', 'SLIDING', 'CONCURRENT')),
  window_ms bigint not null check (window_ms >= 0),
  description text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint limits_natural_key unique (resource, unit, scope, tenant_id, key)
)`;

export const MIGRATIONS = [sqlMigration('0001_quota_limits', (schema) => [limits, 'create index limits_tenant on limits (tenant_id, resource)', ...outboxMigrationSql(schema)]),
  // One outbox row per transaction (its messages in `entries`), not one per message.
  sqlMigration('0002_outbox_entries', (schema) => outboxEntriesMigrationSql(schema)),
];
