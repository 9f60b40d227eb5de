import { ROOT_CONTEXT } from '@opentelemetry/api';
import type { JetStreamClient } from '@nats-io/jetstream';
import { contextFromCarrier } from '@sluice/telemetry';
import { publishEvent } from '../publish-event.ts';
import type { OutboxEntry } from './write-outbox.ts';

export interface PublishOutcome {
  /** Event ids JetStream acknowledged (a duplicate included: it was stored before). */
  readonly published: string[];
  readonly failed: Array<{ readonly id: string; readonly error: unknown }>;
}

/**
 * Publishes outbox entries pipelined on the one NATS connection: written in order, so
 * JetStream stores them in that order, each under the trace context stored with it, and their
 * acks awaited together. One failure does not stop the others.
 */
export async function publishEntries(js: JetStreamClient, entries: readonly OutboxEntry[]): Promise<PublishOutcome> {
  const outcomes = await Promise.allSettled(entries.map((e) => publishEvent(js, e.subject, e.event, contextFromCarrier(e.trace, ROOT_CONTEXT))));
  const published: string[] = [];
  const failed: Array<{ id: string; error: unknown }> = [];
  outcomes.forEach((o, i) => {
    const id = entries[i]!.event.id;
    if (o.status === 'fulfilled') published.push(id);
    else failed.push({ id, error: o.reason });
  });
  return { published, failed };
}
