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

// Grants as reservations (issue 13). Limits are named within their resource, so that a
// resource may have several limits on one unit (requests per minute and per day); a limit
// from 0001 keeps its amount and gets a name that says what it was. BYTES limits never
// limited anything (no caller could spend bytes) and have no unit to move to: they go.
// Times the engine decides on are µs since the epoch on PostgreSQL's clock (float8; exact to
// the µs until 2255), so a decision reads and writes numbers, not timestamps.
const grantsAsReservations = [
  `create table resources (
    name text primary key,
    description text not null default '',
    prices jsonb not null default '[]',
    backoff_until_us float8 not null default 0,
    rate_factor float8 not null default 1 check (rate_factor > 0 and rate_factor <= 1),
    rate_factor_until_us float8 not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `insert into resources (name) select distinct resource from limits`,
  `delete from limits where unit = 'BYTES'`,
  `alter table limits drop constraint limits_natural_key,
     drop constraint limits_unit_check, drop constraint limits_scope_check, drop constraint limits_window_kind_check,
     add column name text, add column subject text not null default '',
     add column calendar_unit text, add column time_zone text not null default 'UTC', add column burst bigint not null default 0`,
  `update limits set
     subject = key,
     unit = case unit when 'TOKENS' then 'TOTAL_TOKENS' else unit end,
     scope = case scope when 'KEY' then 'API_KEY' else scope end,
     window_kind = case window_kind when 'SLIDING' then 'ROLLING' else window_kind end`,
  `update limits set name = lower(unit) || '-' || lower(scope) || '-' || lower(window_kind) || '-' || window_ms || coalesce(nullif('-' || key, '-'), ''),
     burst = case window_kind when 'ROLLING' then amount else 0 end`,
  `alter table limits drop column key, alter column name set not null,
     add constraint limits_unit_check check (unit in ('REQUESTS', 'INPUT_TOKENS', 'OUTPUT_TOKENS', 'TOTAL_TOKENS', 'COST_MICROS')),
     add constraint limits_scope_check check (scope in ('GLOBAL', 'TENANT', 'API_KEY', 'WORKFLOW_TYPE')),
     add constraint limits_window_kind_check check (window_kind in ('ROLLING', 'FIXED', 'CALENDAR', 'CONCURRENT')),
     add constraint limits_calendar_check check ((window_kind = 'CALENDAR') = (calendar_unit is not null)),
     add constraint limits_natural_key unique (resource, name, tenant_id, subject),
     add constraint limits_resource_fk foreign key (resource) references resources (name) on delete cascade`,
  `create table buckets (
    limit_id uuid not null references limits (id) on delete cascade,
    partition text not null,
    tat_us float8 not null default 0,
    window_start_us float8 not null default 0,
    window_end_us float8 not null default 0,
    used bigint not null default 0,
    next_used bigint not null default 0,
    reserved bigint not null default 0,
    exceeded_mark float8 not null default 0,
    warned_mark float8 not null default 0,
    reset_mark float8 not null default 0,
    primary key (limit_id, partition)
  )`,
  `create table grants (
    id uuid primary key,
    tenant_id text not null,
    resource text not null,
    api_key text not null default '',
    workflow_type text not null default '',
    workflow_id text not null default '',
    stage text not null default '',
    attempt_id text not null default '',
    idempotency_key text not null default '',
    amounts jsonb not null,
    cost_micros bigint not null default 0,
    charges jsonb not null,
    state text not null check (state in ('ACTIVE', 'COMMITTED', 'REFUNDED', 'EXPIRED')),
    created_us float8 not null,
    not_before_us float8 not null,
    expires_us float8 not null,
    settled_us float8,
    used jsonb,
    overage jsonb,
    used_cost_micros bigint,
    held boolean not null default false
  )`,
  `create unique index grants_idempotency on grants (tenant_id, idempotency_key) where idempotency_key <> ''`,
  `create index grants_active_expiry on grants (expires_us) where state = 'ACTIVE'`,
  `create index grants_held on grants (tenant_id, workflow_id, stage, resource) where held`,
  // One line per settled grant: what it reserved, what it used, what it cost.
  `create table usage_ledger (
    grant_id uuid primary key,
    tenant_id text not null,
    resource text not null,
    api_key text not null,
    workflow_type text not null,
    workflow_id text not null,
    outcome text not null check (outcome in ('COMMITTED', 'REFUNDED', 'EXPIRED')),
    reserved jsonb not null,
    requests bigint not null,
    input_tokens bigint not null,
    output_tokens bigint not null,
    cost_micros bigint not null,
    overage_requests bigint not null,
    overage_input_tokens bigint not null,
    overage_output_tokens bigint not null,
    charged_at timestamptz not null,
    settled_at timestamptz not null
  )`,
  `create index usage_ledger_tenant_time on usage_ledger (tenant_id, settled_at)`,
  // Refused acquires, counted per minute (a refusal changes no counter, but usage reports it).
  `create table denials (
    tenant_id text not null,
    resource text not null,
    api_key text not null,
    workflow_type text not null,
    minute timestamptz not null,
    count int not null,
    primary key (tenant_id, minute, resource, api_key, workflow_type)
  )`,
];

// A tick reads the clock before it waits for the counters' locks: each counter keeps the
// latest time it was decided at, so that a later decision is never dated earlier (a window
// rolled back by a replica that waited would forget what was charged in the newer one).
// Limits and resources carry a version that every change bumps (one row, statement
// triggers), so that a replica may keep them in memory and check one number per tick.
const monotonicCountersAndVersion = [
  `alter table buckets add column last_now_us float8 not null default 0`,
  `create table config_version (id int primary key check (id = 1), version bigint not null)`,
  `insert into config_version values (1, 1)`,
  `create function bump_config_version() returns trigger language plpgsql as $$
   begin update config_version set version = version + 1 where id = 1; return null; end $$`,
  `create trigger limits_version after insert or update or delete or truncate on limits for each statement execute function bump_config_version()`,
  `create trigger resources_version after insert or update or delete or truncate on resources for each statement execute function bump_config_version()`,
];

export const MIGRATIONS = [
  sqlMigration('0001_quota_limits', (schema) => [limits, 'create index limits_tenant on limits (tenant_id, resource)', ...outboxMigrationSql(schema)]),
  // One outbox row per transaction (its messages in `entries`), not one per message.
  sqlMigration('0002_outbox_entries', (schema) => outboxEntriesMigrationSql(schema)),
  sqlMigration('0003_grants_as_reservations', () => grantsAsReservations),
  sqlMigration('0004_monotonic_counters_config_version', () => monotonicCountersAndVersion),
];
