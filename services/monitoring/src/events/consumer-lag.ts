import type { JetStreamManager } from '@nats-io/jetstream';
import type { Logger } from '@sluice/logging';
import { eventsStreamName } from '@sluice/messaging';
import { MONITORING_DURABLE } from './event-consumer.ts';

/**
 * How many events the monitoring durable has yet to finish: not yet delivered plus delivered
 * and unacknowledged. 0 when NATS cannot answer: the summary is still worth serving without it.
 */
export function consumerLag(jsm: JetStreamManager, prefix: string, log: Logger): () => Promise<number> {
  const stream = eventsStreamName(prefix);
  return async () => {
    try {
      const info = await jsm.consumers.info(stream, MONITORING_DURABLE);
      return info.num_pending + info.num_ack_pending;
    } catch (err) {
      log.warn({ err, stream, durable: MONITORING_DURABLE }, 'consumer lag unavailable');
      return 0;
    }
  };
}
