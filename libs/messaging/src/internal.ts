/**
 * For tests and diagnostics only; not a stable API.
 */
export { streamConfigs } from './provision-streams.ts';
export { consumerConfig } from './ensure-consumer.ts';
export { relayBatch } from './outbox/relay-batch.ts';
export { handleMessage } from './handle-message.ts';
export type { BatchResult } from './outbox/relay-batch.ts';
export type { HandleOptions } from './handle-message.ts';
