/**
 * JetStream for Sluice: subject and stream names, CloudEvents, traced publish and consume,
 * and the transactional outbox.
 *
 * ```ts
 * import { connectNats, provisionStreams, eventSubject, newEvent, writeOutbox, outboxEntry, OutboxRelay, consume, eventsStreamName, eventFilter } from '@sluice/messaging';
 * import { jetstream } from '@nats-io/jetstream';
 *
 * const nc = await connectNats({ servers: config.NATS_URL, name: 'workflow', log });
 * await provisionStreams(nc, 'sluice');
 * const js = jetstream(nc);
 * const relay = new OutboxRelay({ orm, js, log }); relay.start();
 *
 * await orm.em.fork().transactional(async (tx) => {
 *   // ...change the workflow in tx...
 *   await writeOutbox(tx, [outboxEntry(eventSubject('sluice', 'workflow', tenant, wf.id),
 *     newEvent({ source: 'sluice/workflow', type: EventType.WORKFLOW_STATE_CHANGED, subject: wf.id, data }))]);
 * });
 * relay.nudge();
 *
 * const consumer = await consume(js, { stream: eventsStreamName('sluice'), durable: 'monitoring',
 *   filterSubject: eventFilter('sluice'), concurrency: 8, log, handler: async (event, { ctx }) => { ... } });
 * // shutdown: await consumer.stop(); await relay.stop(); await drainNats(nc); await closeOrm(orm);
 * ```
 */
export { connectNats, drainNats } from './connect-nats.ts';
export { provisionStreams } from './provision-streams.ts';
export { ensureConsumer } from './ensure-consumer.ts';
export {
  DEFAULT_PREFIX,
  EventDomain,
  eventSubject,
  taskSubject,
  eventFilter,
  taskFilter,
  eventsStreamName,
  tasksStreamName,
} from './names.ts';
export { newEvent, parseCloudEvent } from './cloud-event.ts';
export { uuidv7 } from './uuid-v7.ts';
export { publishEvent } from './publish-event.ts';
export { consume } from './consume.ts';
export { TRACER_NAME } from './semconv.ts';
export { OutboxMessage } from './outbox/outbox-message.ts';
export { outboxMigrationSql, outboxEntriesMigrationSql } from './outbox/outbox-migration.ts';
export { writeOutbox, outboxEntry, deferOutboxWrites } from './outbox/write-outbox.ts';
export { OutboxRelay } from './outbox/outbox-relay.ts';
export type { NatsOptions } from './connect-nats.ts';
export type { StreamOptions } from './provision-streams.ts';
export type { ConsumerOptions } from './ensure-consumer.ts';
export type { CloudEvent, NewEvent } from './cloud-event.ts';
export type { ConsumeOptions, Consumption, Slots } from './consume.ts';
export type { EventHandler, MessageContext } from './handle-message.ts';
export type { OutboxRelayOptions } from './outbox/outbox-relay.ts';
export type { OutboxEntry, OutboxBatch } from './outbox/write-outbox.ts';
