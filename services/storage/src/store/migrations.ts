import { sqlMigration } from '@sluice/db';

// Artifact metadata; the content lives in the backend under storage_key. workflow_id is text,
// not a reference: the workflow service owns workflows, and no service reads another's tables.
// The key is unique per tenant (an upload with `overwrite` replaces the row).
const artifacts = `create table artifacts (
  id uuid primary key,
  tenant_id text not null,
  key text not null,
  content_type text not null,
  size_bytes bigint not null check (size_bytes >= 0),
  sha256 text not null,
  state text not null default 'AVAILABLE' check (state in ('AVAILABLE', 'ARCHIVED', 'EXPIRED')),
  workflow_id text,
  stage text not null default '',
  metadata jsonb not null default '{}'::jsonb,
  storage_key text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  constraint artifacts_tenant_key unique (tenant_id, key)
)`;

export const MIGRATIONS = [
  sqlMigration('0001_storage_artifacts', () => [
    artifacts,
    // ListArtifacts: newest first per tenant, with a (created_at, id) keyset cursor.
    'create index artifacts_tenant_created on artifacts (tenant_id, created_at desc, id desc)',
    'create index artifacts_tenant_workflow on artifacts (tenant_id, workflow_id) where workflow_id is not null',
    // The lifecycle sweeper's scan.
    'create index artifacts_expires_at on artifacts (expires_at) where expires_at is not null',
  ]),
];
