import { sqlMigration } from '@sluice/db';
import { outboxEntriesMigrationSql, outboxMigrationSql } from '@sluice/messaging';

// Statements run with search_path set to the service's schema (libs/db), so names are unqualified.
export const MIGRATIONS = [
  sqlMigration('Migration0001Workflows', (schema) => [
    `create table definitions (
      type text not null,
      version int not null,
      stages jsonb not null,
      created_at timestamptz not null default now(),
      primary key (type, version)
    )`,
    `create table workflows (
      id uuid primary key,
      tenant_id text not null,
      type text not null,
      definition_version int not null,
      state text not null,
      current_stage text,
      stage_index int not null default 0,
      input jsonb not null,
      output jsonb,
      priority int not null default 0,
      version int not null default 1,
      retry_count int not null default 0,
      last_error jsonb,
      idempotency_key text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      finished_at timestamptz,
      unique (tenant_id, idempotency_key)
    )`,
    'create index workflows_tenant_created on workflows (tenant_id, created_at desc, id desc)',
    'create sequence fence_seq',
    `create table stage_attempts (
      id uuid primary key,
      workflow_id uuid not null references workflows(id),
      stage text not null,
      stage_index int not null,
      attempt int not null,
      state text not null,
      fence bigint,
      lease_owner text,
      lease_expires_at timestamptz,
      input jsonb not null,
      output jsonb,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz
    )`,
    'create index stage_attempts_workflow on stage_attempts (workflow_id)',
    "create index stage_attempts_lease on stage_attempts (lease_expires_at) where state = 'RUNNING'",
    `create table workflow_transitions (
      id bigserial primary key,
      workflow_id uuid not null references workflows(id),
      from_state text,
      to_state text not null,
      stage text,
      reason text not null,
      metadata jsonb not null default '{}',
      actor text not null,
      at timestamptz not null default now()
    )`,
    'create index workflow_transitions_workflow on workflow_transitions (workflow_id, id)',
    ...outboxMigrationSql(schema),
  ]),
  // The engine: retries, quota parking, waiting, suspension, progress and partial results,
  // heartbeats and cancellation (issue 4).
  sqlMigration('0002_engine', () => [
    `alter table definitions
       add column options jsonb not null default '{}'`,
    `alter table workflows
       add column next_attempt_at timestamptz,
       add column progress int not null default 0,
       add column progress_message text,
       add column partial jsonb,
       add column wait_signal text,
       add column suspend_reason text,
       add column stop_requested text,
       add column attempts_since timestamptz,
       add column stage_attempt int not null default 1,
       add column incomplete boolean not null default false`,
    "create index workflows_due on workflows (next_attempt_at) where state in ('RETRYING', 'QUOTA_EXCEEDED', 'WAITING')",
    'create index workflows_state on workflows (tenant_id, type, state)',
    `alter table stage_attempts
       add column heartbeat_at timestamptz,
       add column error jsonb,
       add column category text,
       add column partial jsonb,
       add column progress int not null default 0,
       add column progress_message text,
       add column priority int not null default 0,
       add column tenant_id text,
       add column workflow_type text,
       add column lease_ttl_ms int,
       add column timeout_ms int not null default 0`,
    "create index stage_attempts_queued on stage_attempts (workflow_type, stage, priority desc, created_at) where state = 'QUEUED'",
    "create index stage_attempts_running on stage_attempts (workflow_type, stage, tenant_id) where state = 'RUNNING'",
    `create table workflow_signals (
      id bigserial primary key,
      workflow_id uuid not null references workflows(id),
      name text not null,
      payload jsonb,
      idempotency_key text,
      actor text not null,
      received_at timestamptz not null default now(),
      unique (workflow_id, idempotency_key)
    )`,
    'create index workflow_signals_workflow on workflow_signals (workflow_id, id)',
  ]),
  // One outbox row per transaction (its messages in `entries`), not one per message.
  sqlMigration('0003_outbox_entries', (schema) => outboxEntriesMigrationSql(schema)),
  // Idempotency keys are unique per tenant, and most workflows have none: a partial index holds
  // only the keyed ones, where the constraint's index took an entry for every row and again on
  // every update that moves the row (a state change, twice per stage).
  sqlMigration('0004_partial_idempotency_index', () => [
    'create unique index workflows_idempotency on workflows (tenant_id, idempotency_key) where idempotency_key is not null',
    'alter table workflows drop constraint workflows_tenant_id_idempotency_key_key',
  ]),
  // Stages have a default priority: a workflow created without one (priority null) has each
  // stage queued at its stage's. Workflows stored before keep theirs; stored stages get 0.
  sqlMigration('0005_stage_priorities', () => [
    'alter table workflows alter column priority drop not null, alter column priority drop default',
    `update definitions d set stages = (
       select jsonb_agg(case when e.s ? 'priority' then e.s else e.s || '{"priority": 0}'::jsonb end order by e.i)
       from jsonb_array_elements(d.stages) with ordinality as e(s, i))`,
  ]),
];
