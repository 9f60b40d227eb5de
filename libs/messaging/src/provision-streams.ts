import { jetstreamManager, JetStreamApiError, RetentionPolicy, StorageType, DiscardPolicy, type JetStreamManager, type StreamConfig } from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import { eventsStreamName, eventFilter, tasksStreamName, taskFilter } from './names.ts';

export interface StreamOptions {
  /** Stream replicas (1 on a single server; 3 in a cluster). */
  readonly replicas?: number;
  /** How long events stay in the events stream. Default 7 days. */
  readonly eventsMaxAgeMs?: number;
}

// JetStream drops a publish whose Nats-Msg-Id it saw within this window: the outbox relay's
// retries after a crash between publish and delete are only harmless inside it.
const DUPLICATE_WINDOW_MS = 2 * 60_000;
const SEVEN_DAYS_MS = 7 * 24 * 3_600_000;

// Codes of the JetStream API (nats-server/server/errors.json).
const STREAM_NOT_FOUND = 10059;
const STREAM_NAME_IN_USE = 10058;

/** The configuration both streams get, for checks and tests. */
export function streamConfigs(prefix: string, options: StreamOptions = {}): [StreamConfig, StreamConfig] {
  const common = {
    storage: StorageType.File,
    num_replicas: options.replicas ?? 1,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    discard: DiscardPolicy.Old,
  };
  const events = {
    ...common,
    name: eventsStreamName(prefix),
    subjects: [eventFilter(prefix)],
    retention: RetentionPolicy.Limits,
    max_age: nanos(options.eventsMaxAgeMs ?? SEVEN_DAYS_MS),
  } as StreamConfig;
  const tasks = {
    ...common,
    name: tasksStreamName(prefix),
    subjects: [taskFilter(prefix)],
    retention: RetentionPolicy.Workqueue,
  } as StreamConfig;
  return [events, tasks];
}

/**
 * Creates `<PREFIX>_EVENTS` and `<PREFIX>_TASKS`, or updates them to this configuration; safe
 * to run from every replica at every start. Thrown when a stream exists with a setting the
 * server cannot change in place (retention, storage), which needs an operator.
 */
export async function provisionStreams(nc: NatsConnection, prefix: string, options: StreamOptions = {}): Promise<void> {
  const jsm = await jetstreamManager(nc);
  for (const config of streamConfigs(prefix, options)) await createOrUpdateStream(jsm, config);
}

async function createOrUpdateStream(jsm: JetStreamManager, config: StreamConfig): Promise<void> {
  try {
    await jsm.streams.update(config.name, config);
    return;
  } catch (err) {
    if (!(err instanceof JetStreamApiError && err.code === STREAM_NOT_FOUND)) throw err;
  }
  try {
    await jsm.streams.add(config);
  } catch (err) {
    // Another replica created it between our update and add.
    if (!(err instanceof JetStreamApiError && err.code === STREAM_NAME_IN_USE)) throw err;
    await jsm.streams.update(config.name, config);
  }
}
