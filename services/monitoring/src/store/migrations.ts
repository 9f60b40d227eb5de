import { sqlMigration } from '@sluice/db';

// processed_events: the ids of the events already counted (CloudEvents ids are unique per
// source), so that a redelivered event changes nothing; pruned after the retention.
// metric_totals: the running value of each series per tenant, for /metrics across restarts
// and replicas; labels is jsonb (equal objects compare equal whatever their key order).
// metric_minutes: per-minute counts behind the summary's rates; pruned with processed_events.
export const MIGRATIONS = [
  sqlMigration('0001_monitoring_metrics', () => [
    `create table processed_events (
      source text not null,
      event_id text not null,
      processed_at timestamptz not null default now(),
      primary key (source, event_id)
    )`,
    'create index processed_events_processed_at on processed_events (processed_at)',
    `create table metric_totals (
      metric text not null,
      tenant_id text not null,
      labels jsonb not null,
      value bigint not null,
      updated_at timestamptz not null default now(),
      primary key (metric, tenant_id, labels)
    )`,
    `create table metric_minutes (
      metric text not null,
      tenant_id text not null,
      minute timestamptz not null,
      value bigint not null,
      primary key (metric, tenant_id, minute)
    )`,
    'create index metric_minutes_minute on metric_minutes (minute)',
  ]),
];
