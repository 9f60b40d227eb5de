import type { JetStreamClient } from '@nats-io/jetstream';
import { fullJitterDelay } from '@sluice/db';
import type { Logger } from '@sluice/logging';
import { ensureConsumer, consumerConfig, type ConsumerOptions } from './ensure-consumer.ts';
import { handleMessage, type EventHandler } from './handle-message.ts';

export interface ConsumeOptions<T> extends ConsumerOptions {
  readonly handler: EventHandler<T>;
  /** Handlers running at once in this process. Default 1. */
  readonly concurrency?: number;
  readonly log: Logger;
  /** Delay before a failed message comes back. Default: full jitter, 1 s doubling to 60 s. */
  readonly retryDelayMs?: (deliveryCount: number) => number;
  /**
   * How long each pull request lives on the server. A client that froze keeps its pull
   * requests (and gets messages delivered to them) until they expire; workers keep it short.
   * Default 30 s (the client's own default).
   */
  readonly pullExpiresMs?: number;
  /**
   * Slots shared with other work of the process: a message's handler starts once it has one
   * (and frees it when it ends), within `concurrency` as well. Default: `concurrency` alone.
   */
  readonly slots?: Slots;
}

/** A counting semaphore the consumer takes a slot of before each handler (see ConsumeOptions.slots). */
export interface Slots {
  take(): Promise<void>;
  give(): void;
}

/** A running consumer. */
export interface Consumption {
  /**
   * Stops pulling, hands back (nak) what was fetched but not started, and waits for running
   * handlers; bound it with the shutdown grace period, since a handler may hang.
   */
  stop(): Promise<void>;
}

/**
 * Consumes a durable pull consumer (created or updated first, see `ensureConsumer`) with up to
 * `concurrency` handlers at once; see `handleMessage` for how each message is settled.
 */
export async function consume<T = unknown>(js: JetStreamClient, options: ConsumeOptions<T>): Promise<Consumption> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const config = consumerConfig(options);
  await ensureConsumer(await js.jetstreamManager(), options);
  const consumer = await js.consumers.get(options.stream, options.durable);
  // Fetch no more than we can start: a buffered message's ack wait is already running.
  const messages = await consumer.consume({ max_messages: concurrency, ...(options.pullExpiresMs === undefined ? {} : { expires: options.pullExpiresMs }) });
  const log = options.log.child({ component: 'consumer', stream: options.stream, durable: options.durable });
  const handleOptions = {
    durable: options.durable,
    handler: options.handler,
    log,
    ackWaitMs: options.ackWaitMs ?? 30_000,
    maxDeliver: config.max_deliver ?? 10,
    retryDelayMs: options.retryDelayMs ?? ((n: number) => 1_000 + fullJitterDelay(n, { baseDelayMs: 1_000, maxDelayMs: 60_000 })),
  };
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  const loop = (async () => {
    for await (const msg of messages) {
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      await options.slots?.take();
      if (stopping) {
        options.slots?.give();
        // Fetched but not started: give it back now rather than after its ack wait.
        msg.nak();
        continue;
      }
      const running: Promise<void> = handleMessage(msg, handleOptions).finally(() => {
        inFlight.delete(running);
        options.slots?.give();
      });
      inFlight.add(running);
    }
  })().catch((err: unknown) => log.error({ err }, 'consumer stopped on an error'));

  let stopped: Promise<void> | undefined;
  return {
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        const closed = messages.close();
        await loop;
        await Promise.all(inFlight);
        await closed;
      })()),
  };
}
