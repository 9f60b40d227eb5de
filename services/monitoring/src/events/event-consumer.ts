import type { JetStreamClient } from '@nats-io/jetstream';
import type { Orm } from '@sluice/db';
import type { Logger } from '@sluice/logging';
import { consume, eventFilter, eventsStreamName, type Consumption } from '@sluice/messaging';
import { eventEffects } from '../domain/event-effects.ts';
import { recordEvent } from './record-event.ts';

/** The durable every monitoring replica shares, so that each event is handled by one of them. */
export const MONITORING_DURABLE = 'monitoring';

export interface EventConsumerOptions {
  readonly js: JetStreamClient;
  readonly orm: Orm;
  readonly log: Logger;
  readonly prefix: string;
  readonly concurrency: number;
}

/**
 * Consumes every event of the events stream (all domains, all tenants) and counts it. A
 * failed transaction throws, so the message comes back later; a payload monitoring does not
 * understand is counted as consumed only (redelivering it would not help).
 */
export function consumeEvents(options: EventConsumerOptions): Promise<Consumption> {
  const log = options.log.child({ component: 'event-counter' });
  return consume(options.js, {
    stream: eventsStreamName(options.prefix),
    durable: MONITORING_DURABLE,
    filterSubject: eventFilter(options.prefix),
    concurrency: options.concurrency,
    log: options.log,
    handler: async (event, meta) => {
      const effects = eventEffects(event, new Date());
      if (effects.problem !== undefined) {
        log.warn({ eventId: event.id, type: event.type, natsSubject: meta.natsSubject, problem: effects.problem }, 'event payload not understood, counted as consumed only');
      }
      const counted = await recordEvent(options.orm, event, effects);
      if (!counted) log.debug({ eventId: event.id, deliveryCount: meta.deliveryCount }, 'event already counted, skipped');
    },
  });
}
