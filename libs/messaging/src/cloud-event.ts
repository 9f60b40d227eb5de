import { uuidv7 } from './uuid-v7.ts';

/**
 * The CloudEvents 1.0 JSON envelope of every message on JetStream (events and tasks).
 * `subject` is the entity the event is about (e.g. the workflow id), not the NATS subject.
 */
export interface CloudEvent<T = unknown> {
  readonly specversion: '1.0';
  /** Unique per event; also the JetStream `Nats-Msg-Id`, so a re-publish is dropped as a duplicate. */
  readonly id: string;
  /** Who emitted it, e.g. `sluice/workflow`. */
  readonly source: string;
  /** Reverse-DNS style, e.g. `sluice.workflow.transitioned.v1`. */
  readonly type: string;
  readonly subject: string;
  /** RFC 3339 timestamp. */
  readonly time: string;
  readonly datacontenttype: 'application/json';
  readonly data: T;
}

export interface NewEvent<T> {
  readonly source: string;
  readonly type: string;
  readonly subject: string;
  readonly data: T;
  /** Defaults to a fresh UUID v7. Pass one to make a retried operation emit the same event. */
  readonly id?: string;
  readonly time?: Date;
}

export function newEvent<T>(event: NewEvent<T>): CloudEvent<T> {
  return {
    specversion: '1.0',
    id: event.id ?? uuidv7(),
    source: event.source,
    type: event.type,
    subject: event.subject,
    time: (event.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    data: event.data,
  };
}

/**
 * Thrown when bytes are not a CloudEvents 1.0 JSON envelope (bad JSON, or a missing or
 * mistyped required attribute). `data` is not checked: that is the handler's schema.
 */
export function parseCloudEvent(bytes: Uint8Array): CloudEvent {
  const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError('a CloudEvent must be a JSON object');
  const event = value as Record<string, unknown>;
  if (event.specversion !== '1.0') throw new TypeError(`unsupported CloudEvents specversion ${JSON.stringify(event.specversion)}`);
  for (const key of ['id', 'source', 'type'] as const) {
    if (typeof event[key] !== 'string' || event[key] === '') throw new TypeError(`CloudEvent attribute "${key}" must be a non-empty string`);
  }
  return value as CloudEvent;
}
