import { Migration } from '@mikro-orm/migrations';

class Migration0001Tenants extends Migration {
  override up(): void {
    this.addSql(`create table tenants (
      id uuid primary key,
      name text not null unique,
      created_at timestamptz not null default now()
    )`);
    this.addSql(`create table api_keys (
      id text primary key,
      tenant_id uuid not null references tenants(id),
      name text not null,
      secret_hash text not null unique,
      created_at timestamptz not null default now(),
      revoked_at timestamptz
    )`);
    this.addSql('create index api_keys_tenant on api_keys (tenant_id)');
  }
}

export const MIGRATIONS = [{ name: 'Migration0001Tenants', class: Migration0001Tenants }];
