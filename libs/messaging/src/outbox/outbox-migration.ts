import { assertIdentifier } from '@sluice/db';

/**
 * The DDL of the `outbox` table in `schema`, for the owning service's migration list:
 * `sqlMigration('0001_init', (s) => [...myTables, ...outboxMigrationSql(s)])`.
 * The index serves the relay's `order by created_at, id ... for update skip locked`.
 */
export function outboxMigrationSql(schema: string): string[] {
  const table = `"${assertIdentifier('schema', schema)}".outbox`;
  return [
    `create table ${table} (
      id uuid primary key,
      subject text not null,
      payload jsonb not null,
      trace jsonb not null default '{}'::jsonb,
      created_at timestamptz not null default now(),
      attempts int not null default 0
    )`,
    `create index outbox_created_at_id on ${table} (created_at, id)`,
  ];
}

/**
 * Lets one outbox row carry all the messages of a transaction (`entries`, in order) instead of
 * one row per message: for the owning service's next migration after `outboxMigrationSql`. A
 * row per message cost an insert, two index entries and a delete each; a transaction that
 * announces a hundred changes now writes one row. Rows of the old shape are still published.
 */
export function outboxEntriesMigrationSql(schema: string): string[] {
  const table = `"${assertIdentifier('schema', schema)}".outbox`;
  // json, not jsonb: the rows are written once, read back whole and deleted within
  // milliseconds; jsonb would convert every message to its binary form and back.
  return [`alter table ${table} add column entries json, alter column subject drop not null, alter column payload drop not null`];
}
