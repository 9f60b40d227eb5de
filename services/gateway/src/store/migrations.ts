import { sqlMigration } from '@sluice/db';

export const MIGRATIONS = [
  sqlMigration('Migration0001Tenants', () => [
    `create table tenants (
      id uuid primary key,
      name text not null unique,
      created_at timestamptz not null default now()
    )`,
    `create table api_keys (
      id text primary key,
      tenant_id uuid not null references tenants(id),
      name text not null,
      secret_hash text not null unique,
      created_at timestamptz not null default now(),
      revoked_at timestamptz
    )`,
    'create index api_keys_tenant on api_keys (tenant_id)',
  ]),
];
