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
  // Scopes before key management exists (a later issue): every key stored so far is a
  // bootstrap or tenant key that could do everything, so the default keeps them admins.
  sqlMigration('Migration0002KeyScopes', () => [
    "alter table api_keys add column scopes text[] not null default '{read,write,admin}'",
  ]),
];
