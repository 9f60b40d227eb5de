import { defineEntity, p, type InferEntity } from '@sluice/db';
import type { CloudEvent } from '../cloud-event.ts';

/**
 * A message waiting to be published: written in the same transaction as the change it
 * announces, published and deleted by the `OutboxRelay`. Lives in table `outbox` of the
 * owning service's schema (the ORM's `schema`); add this entity to the service's `entities`
 * and `outboxMigrationSql(schema)` then `outboxEntriesMigrationSql(schema)` to its migrations.
 */
export const OutboxMessage = defineEntity({
  name: 'OutboxMessage',
  tableName: 'outbox',
  properties: {
    /** A UUID v7: rows are published in id order. A one-event row's id is the event's. */
    id: p.uuid().primary(),
    /** One-event rows (written before 0003/0002 outbox_entries): the NATS subject to publish to. */
    subject: p.text().nullable(),
    payload: p.json<CloudEvent>().columnType('jsonb').nullable(),
    /** The messages of one transaction, in order: [{ subject, event, trace }]. */
    entries: p.json<Array<{ subject: string; event: CloudEvent; trace: Record<string, string> }>>().columnType('json').nullable(),
    /** `traceCarrier()` of the writer's context: the published message continues that trace. */
    trace: p.json<Record<string, string>>().columnType('jsonb'),
    createdAt: p.datetime().defaultRaw('now()').columnType('timestamptz'),
    /** Failed publish rounds; only for operators (a stuck row shows up here). */
    attempts: p.integer().default(0),
  },
});
export type OutboxMessage = InferEntity<typeof OutboxMessage>;
