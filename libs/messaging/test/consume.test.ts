import { expect } from 'chai';
import { ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { suiteEnv } from '@sluice/testing';
import {
  connectNats,
  consume,
  drainNats,
  eventFilter,
  eventSubject,
  eventsStreamName,
  newEvent,
  provisionStreams,
  publishEvent,
  type EventHandler,
} from '../src/index.ts';
import { eventually, memoryLogger, useW3CPropagator } from './helpers.ts';

interface Call {
  readonly subject: string;
  readonly deliveryCount: number;
  readonly traceId: string | undefined;
}

describe('consume', () => {
  let nc: NatsConnection;
  let js: JetStreamClient;
  let jsm: JetStreamManager;
  let prefix: string;
  let undoPropagator: () => void;

  before(async () => {
    const env = suiteEnv();
    prefix = env.prefix;
    undoPropagator = useW3CPropagator();
    nc = await connectNats({ servers: env.natsUrl, name: 'consume-test', log: memoryLogger().log });
    await provisionStreams(nc, prefix);
    js = jetstream(nc);
    jsm = await jetstreamManager(nc);
  });
  after(async () => {
    undoPropagator();
    await drainNats(nc);
  });

  it('acks a good message, terminates a malformed one and redelivers one whose handler throws', async () => {
    const { log, lines } = memoryLogger();
    const calls: Call[] = [];
    const handler: EventHandler = async (event, meta) => {
      calls.push({ subject: event.subject, deliveryCount: meta.deliveryCount, traceId: trace.getSpanContext(meta.ctx)?.traceId });
      if (event.subject === 'flaky' && meta.deliveryCount === 1) throw new Error('upstream hiccup');
    };
    const stream = eventsStreamName(prefix);
    const consumer = await consume(js, {
      stream,
      durable: 'acme_reader',
      filterSubject: eventFilter(prefix, 'workflow', 'acme'),
      handler,
      concurrency: 2,
      log,
      retryDelayMs: () => 100,
    });
    try {
      const traceId = '0af7651916cd43dd8448eb211c80319c';
      const producer = trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId: 'b7ad6b7169203331', traceFlags: TraceFlags.SAMPLED });
      const make = (subject: string) => newEvent({ source: 'sluice/test', type: 'sluice.test.v1', subject, data: {} });
      await publishEvent(js, eventSubject(prefix, 'workflow', 'acme', 'good'), make('good'), producer);
      await js.publish(eventSubject(prefix, 'workflow', 'acme', 'bad'), 'not a cloud event');
      await publishEvent(js, eventSubject(prefix, 'workflow', 'acme', 'flaky'), make('flaky'));

      await eventually(() => calls.filter((c) => c.subject === 'flaky').length === 2);
      await eventually(async () => {
        const info = await jsm.consumers.info(stream, 'acme_reader');
        return info.num_pending === 0 && info.num_ack_pending === 0;
      });
      expect(calls.filter((c) => c.subject === 'good')).to.deep.equal([{ subject: 'good', deliveryCount: 1, traceId }]);
      expect(calls.filter((c) => c.subject === 'flaky').map((c) => c.deliveryCount)).to.deep.equal([1, 2]);
      expect(calls.some((c) => c.subject === 'bad')).to.equal(false);
      expect(lines().filter((l) => l.msg === 'malformed message terminated')).to.have.length(1);
      expect(lines().filter((l) => l.msg === 'handler failed, message will be redelivered')).to.have.length(1);
    } finally {
      await consumer.stop();
    }
  });

  it('stops pulling and waits for the handler in flight', async () => {
    const stream = eventsStreamName(prefix);
    let started = false;
    let finished = false;
    const consumer = await consume(js, {
      stream,
      durable: 'slow_reader',
      filterSubject: eventFilter(prefix, 'workflow', 'slow'),
      log: memoryLogger().log,
      handler: async () => {
        started = true;
        await new Promise((r) => setTimeout(r, 300));
        finished = true;
      },
    });
    await publishEvent(js, eventSubject(prefix, 'workflow', 'slow', 'one'), newEvent({ source: 's', type: 't', subject: 'one', data: {} }));
    await eventually(() => started);
    await consumer.stop();
    expect(finished).to.equal(true);
    await nc.flush();
    const info = await jsm.consumers.info(stream, 'slow_reader');
    expect(info.ack_floor.stream_seq).to.equal(info.delivered.stream_seq);
  });
});
