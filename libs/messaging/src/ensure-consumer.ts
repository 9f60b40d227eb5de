import { AckPolicy, DeliverPolicy, ReplayPolicy, JetStreamApiError, type ConsumerConfig, type ConsumerInfo, type JetStreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { assertToken } from './names.ts';

export interface ConsumerOptions {
  readonly stream: string;
  /** The durable name; every replica of one service uses the same one to share the work. */
  readonly durable: string;
  /** Only these subjects (e.g. `taskFilter(prefix, 'invoice')`); all of the stream when omitted. */
  readonly filterSubject?: string;
  /** Redelivery after this long without an ack. Default 30 s; long handlers call `working()`. */
  readonly ackWaitMs?: number;
  /** Deliveries before JetStream gives up on a message. Default 10. */
  readonly maxDeliver?: number;
  /** Unacked messages the consumer hands out at once, across replicas. Default 1000. */
  readonly maxAckPending?: number;
}

const CONSUMER_NOT_FOUND = 10014;

/** The consumer configuration `ensureConsumer` asks for. */
export function consumerConfig(options: ConsumerOptions): ConsumerConfig {
  return {
    durable_name: assertToken('durable', options.durable),
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    replay_policy: ReplayPolicy.Instant,
    ack_wait: nanos(options.ackWaitMs ?? 30_000),
    max_deliver: options.maxDeliver ?? 10,
    max_ack_pending: options.maxAckPending ?? 1_000,
    ...(options.filterSubject === undefined ? {} : { filter_subject: options.filterSubject }),
  };
}

/**
 * Creates the durable pull consumer (explicit ack), or brings an existing one's ack wait,
 * max deliver, max ack pending and filter to this configuration; replicas may race on it.
 * Thrown when the server refuses the change (NATS 2.9 cannot change some fields in place).
 */
export async function ensureConsumer(jsm: JetStreamManager, options: ConsumerOptions): Promise<ConsumerInfo> {
  const wanted = consumerConfig(options);
  const existing = await jsm.consumers.info(options.stream, options.durable).catch((err: unknown) => {
    if (err instanceof JetStreamApiError && err.code === CONSUMER_NOT_FOUND) return null;
    throw err;
  });
  if (existing === null) return jsm.consumers.add(options.stream, wanted);
  const have = existing.config;
  const same =
    have.ack_wait === wanted.ack_wait &&
    have.max_deliver === wanted.max_deliver &&
    have.max_ack_pending === wanted.max_ack_pending &&
    (have.filter_subject ?? '') === (wanted.filter_subject ?? '');
  if (same) return existing;
  return jsm.consumers.update(options.stream, options.durable, {
    ack_wait: wanted.ack_wait,
    max_deliver: wanted.max_deliver,
    max_ack_pending: wanted.max_ack_pending,
    ...(wanted.filter_subject === undefined ? {} : { filter_subject: wanted.filter_subject }),
  });
}
