import { expect } from 'chai';
import { jetstreamManager } from '@nats-io/jetstream';
import { headers, type NatsConnection } from '@nats-io/transport-node';
import { suiteEnv } from '@sluice/testing';
import { connectNats, drainNats, eventSubject, eventsStreamName, provisionStreams } from '../src/index.ts';
import { AckPublisher, PublishFailedError } from '../src/ack-publisher.ts';
import { memoryLogger } from './helpers.ts';

describe('JetStream publishes acknowledged on one reply subscription', () => {
  let nc: NatsConnection;
  let prefix: string;
  let publisher: AckPublisher;

  before(async () => {
    const env = suiteEnv();
    prefix = env.prefix;
    nc = await connectNats({ servers: env.natsUrl, name: 'ack-publisher-test', log: memoryLogger().log });
    await provisionStreams(nc, prefix);
    publisher = new AckPublisher(nc);
  });
  after(async () => {
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(eventsStreamName(prefix)).catch(() => undefined);
    await drainNats(nc);
  });

  const withId = (id: string) => {
    const h = headers();
    h.set('Nats-Msg-Id', id);
    return h;
  };

  it('gives each of many pipelined publishes its own ack, in order, and says which were duplicates', async () => {
    const subject = eventSubject(prefix, 'workflow', 'acme', 'acks');
    const acks = await Promise.all(Array.from({ length: 50 }, (_, i) => publisher.publish(subject, `{"n":${i}}`, withId(`ack-${i}`))));
    expect(acks.every((a) => a.stream === eventsStreamName(prefix) && !a.duplicate)).to.equal(true);
    expect(acks.map((a) => a.seq)).to.deep.equal([...acks.map((a) => a.seq)].sort((x, y) => x - y));
    const again = await publisher.publish(subject, '{"n":0}', withId('ack-0'));
    expect(again).to.include({ duplicate: true, seq: acks[0]!.seq });
  });

  it('rejects a publish to a subject no stream stores, naming the subject', async () => {
    const nowhere = `${prefix}_nowhere.events.workflow.acme.lost`;
    const err = await publisher.publish(nowhere, '{}', withId('lost')).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(PublishFailedError);
    expect((err as Error).message).to.include(nowhere);
  });
});
