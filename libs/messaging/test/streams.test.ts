import { expect } from 'chai';
import { jetstreamManager, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { suiteEnv } from '@sluice/testing';
import { connectNats, drainNats, provisionStreams, eventsStreamName, tasksStreamName } from '../src/index.ts';
import { memoryLogger } from './helpers.ts';

describe('provisionStreams', () => {
  let nc: NatsConnection;
  let prefix: string;

  before(async () => {
    const env = suiteEnv();
    prefix = env.prefix;
    nc = await connectNats({ servers: env.natsUrl, name: 'streams-test', log: memoryLogger().log });
  });
  after(async () => {
    await drainNats(nc);
  });

  it('creates both streams and can run again without change', async () => {
    await provisionStreams(nc, prefix);
    await provisionStreams(nc, prefix);
    await Promise.all([provisionStreams(nc, prefix), provisionStreams(nc, prefix)]);
    const jsm = await jetstreamManager(nc);
    const events = await jsm.streams.info(eventsStreamName(prefix));
    expect(events.config).to.include({ retention: RetentionPolicy.Limits, storage: StorageType.File, duplicate_window: 120_000_000_000 });
    expect(events.config.subjects).to.deep.equal([`${prefix}.events.>`]);
    const tasks = await jsm.streams.info(tasksStreamName(prefix));
    expect(tasks.config).to.include({ retention: RetentionPolicy.Workqueue, storage: StorageType.File });
    expect(tasks.config.subjects).to.deep.equal([`${prefix}.tasks.>`]);
  });

  it('gives up on an unreachable server with UNAVAILABLE', async () => {
    const err = await connectNats({ servers: 'nats://127.0.0.1:1', name: 'x', log: memoryLogger().log, connect: { attempts: 2, baseDelayMs: 5, maxDelayMs: 10 } }).catch((e: unknown) => e);
    expect((err as Error).message).to.equal('NATS at nats://127.0.0.1:1 is unavailable');
  });
});
