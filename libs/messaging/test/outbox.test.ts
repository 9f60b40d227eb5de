import { expect } from 'chai';
import { ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { closeOrm, createOrm, migrate, sqlMigration, type Orm } from '@sluice/db';
import { randomId, suiteEnv } from '@sluice/testing';
import {
  OutboxMessage,
  OutboxRelay,
  connectNats,
  drainNats,
  outboxEntry,
  writeOutbox,
  eventSubject,
  eventsStreamName,
  newEvent,
  outboxMigrationSql,
  outboxEntriesMigrationSql,
  provisionStreams,
  type CloudEvent,
} from '../src/index.ts';
import { eventually, memoryLogger, readStream, useW3CPropagator } from './helpers.ts';

describe('transactional outbox', () => {
  const { log } = memoryLogger();
  let orm: Orm;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let jsm: JetStreamManager;
  let prefix: string;
  let undoPropagator: () => void;

  before(async () => {
    const env = suiteEnv();
    prefix = env.prefix;
    undoPropagator = useW3CPropagator();
    orm = await createOrm({
      url: env.databaseUrl,
      schema: `outbox_${randomId()}`,
      entities: [OutboxMessage],
      migrations: [sqlMigration('0001_outbox', (schema) => outboxMigrationSql(schema)), sqlMigration('0002_outbox_entries', (schema) => outboxEntriesMigrationSql(schema))],
      log,
    });
    await migrate(orm);
    nc = await connectNats({ servers: env.natsUrl, name: 'outbox-test', log });
    await provisionStreams(nc, prefix);
    js = jetstream(nc);
    jsm = await jetstreamManager(nc);
  });
  after(async () => {
    undoPropagator();
    await drainNats(nc);
    await closeOrm(orm);
  });

  const event = (subject: string): CloudEvent<{ n: number }> => newEvent({ source: 'sluice/test', type: 'sluice.test.v1', subject, data: { n: 1 } });
  const published = async (natsSubject: string) => (await readStream(jsm, eventsStreamName(prefix))).filter((m) => m.subject === natsSubject);
  const rowCount = async () => orm.em.fork().count(OutboxMessage);

  it('publishes committed rows in the order they were written', async () => {
    const subject = eventSubject(prefix, 'workflow', 'acme', 'ordered');
    const ids: string[] = [];
    for (let t = 0; t < 3; t++) {
      await orm.em.fork().transactional(async (tx) => {
        for (let i = 0; i < 5; i++) {
          const e = event(`ordered-${t}-${i}`);
          ids.push(e.id);
          await writeOutbox(tx, [outboxEntry(subject, e)]);
        }
      });
    }
    const relay = new OutboxRelay({ orm, js, log, batchSize: 4 });
    while ((await relay.relayOnce()) > 0);
    expect((await published(subject)).map((m) => m.header.get('Nats-Msg-Id'))).to.deep.equal(ids);
  });

  it('never publishes a row whose transaction rolled back', async () => {
    const subject = eventSubject(prefix, 'workflow', 'acme', 'rolled-back');
    const err = await orm.em
      .fork()
      .transactional(async (tx) => {
        await writeOutbox(tx, [outboxEntry(subject, event('rolled-back'))]);
        throw new Error('the change failed');
      })
      .catch((e: unknown) => e);
    expect((err as Error).message).to.equal('the change failed');
    expect(await rowCount()).to.equal(0);
    expect(await new OutboxRelay({ orm, js, log }).relayOnce()).to.equal(0);
    expect(await published(subject)).to.have.length(0);
  });

  it('publishes each committed row exactly once, even with two relays at once', async () => {
    const subject = eventSubject(prefix, 'workflow', 'acme', 'many');
    const ids: string[] = [];
    for (let t = 0; t < 4; t++) {
      await orm.em.fork().transactional(async (tx) => {
        for (let i = 0; i < 10; i++) {
          const e = event(`many-${t}-${i}`);
          ids.push(e.id);
          await writeOutbox(tx, [outboxEntry(subject, e)]);
        }
      });
    }
    // Every publish on the wire, per Nats-Msg-Id (JetStream's de-dupe would hide a double publish).
    const publishes = new Map<string, number>();
    const wire = nc.subscribe(subject, { callback: (_err, msg) => {
      const id = msg.headers?.get('Nats-Msg-Id') ?? '';
      publishes.set(id, (publishes.get(id) ?? 0) + 1);
    } });
    await nc.flush();
    const relays = [1, 2].map(() => new OutboxRelay({ orm, js, log, batchSize: 5 }));
    const drain = async (relay: OutboxRelay) => {
      while ((await relay.relayOnce()) > 0);
    };
    await Promise.all(relays.map(drain));
    await nc.flush();
    wire.unsubscribe();
    expect(await rowCount()).to.equal(0);
    expect([...publishes.keys()].sort()).to.deep.equal([...ids].sort());
    expect([...publishes.values()].every((n) => n === 1), 'a row was published twice').to.equal(true);
    // Two relays interleave their batches, so the stream holds each event once, in no set order.
    const stored = await published(subject);
    expect(stored.map((m) => m.header.get('Nats-Msg-Id')).sort()).to.deep.equal([...ids].sort());
    expect(stored.map((m) => (m.json() as CloudEvent).id).sort()).to.deep.equal([...ids].sort());
  });

  it('keeps a row it could not publish, counting the attempt, for the next round', async () => {
    // No stream stores this subject, so JetStream has no responder for the publish.
    const nowhere = `${prefix}_nowhere.events.workflow.acme.lost`;
    await orm.em.fork().transactional(async (tx) => {
      await writeOutbox(tx, [outboxEntry(nowhere, event('lost'))]);
    });
    const relay = new OutboxRelay({ orm, js, log });
    const err = await relay.relayOnce().catch((e: unknown) => e);
    expect(err).to.be.instanceOf(Error);
    const [row] = await orm.em.fork().find(OutboxMessage, {});
    expect(row?.attempts).to.equal(1);
    expect(row?.entries?.map((e) => e.subject)).to.deep.equal([nowhere]);
    await orm.em.fork().nativeDelete(OutboxMessage, {});
  });

  it('keeps a transaction\'s messages in one row, in order, and still publishes rows of the one-message shape', async () => {
    const subject = eventSubject(prefix, 'workflow', 'acme', 'one-row');
    const events = [event('one-row-1'), event('one-row-2'), event('one-row-3')];
    await orm.em.fork().transactional(async (tx) => writeOutbox(tx, events.map((e) => outboxEntry(subject, e))));
    const rows = await orm.em.fork().find(OutboxMessage, {});
    expect(rows.map((r) => r.entries?.map((e) => e.event.id))).to.deep.equal([events.map((e) => e.id)]);
    // A row written before outbox_entries: one message in subject and payload.
    const legacy = event('one-row-legacy');
    await orm.em.fork().execute(`insert into outbox (id, subject, payload) values ('${legacy.id}', '${subject}', '${JSON.stringify(legacy)}'::jsonb)`);
    expect(await new OutboxRelay({ orm, js, log }).relayOnce()).to.equal(2);
    expect(await rowCount()).to.equal(0);
    expect((await published(subject)).map((m) => m.header.get('Nats-Msg-Id'))).to.deep.equal([...events.map((e) => e.id), legacy.id]);
  });

  it('inserts a transaction\'s rows as it commits, publishes them from memory and deletes them, leaving rolled-back and young rows alone', async () => {
    const subject = eventSubject(prefix, 'workflow', 'acme', 'on-commit');
    // No polling round in the test's time: only the commit hook can publish.
    const relay = new OutboxRelay({ orm, js, log, pollIntervalMs: 600_000, publishOnCommit: true });
    relay.start();
    try {
      const committed = event('on-commit');
      const seenInside = await orm.em.fork().transactional(async (tx) => {
        await writeOutbox(tx, [outboxEntry(subject, committed)]);
        // Deferred: the transaction's rows are inserted together as it commits.
        return (await tx.getConnection().execute('select count(*)::int as n from outbox', [], 'get', tx.getTransactionContext())) as { n: number };
      });
      expect(seenInside.n).to.equal(0);
      await orm.em
        .fork()
        .transactional(async (tx) => {
          await writeOutbox(tx, [outboxEntry(subject, event('on-commit-rolled-back'))]);
          throw new Error('the change failed');
        })
        .catch(() => undefined);
      await eventually(async () => (await rowCount()) === 0, 5_000);
      expect((await published(subject)).map((m) => m.header.get('Nats-Msg-Id'))).to.deep.equal([committed.id]);
      // A polling round in this mode leaves rows younger than pollAfterMs to the writer's own hook.
      await orm.em.fork().execute(`insert into outbox (id, subject, payload) values ('${event('young').id}', '${subject}', '{}'::jsonb)`);
      expect(await relay.relayOnce()).to.equal(0);
      expect(await rowCount()).to.equal(1);
      await orm.em.fork().nativeDelete(OutboxMessage, {});
    } finally {
      await relay.stop();
    }
  });

  it('publishes with the traceparent that was active when the row was written', async () => {
    const subject = eventSubject(prefix, 'workflow', 'acme', 'traced');
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const writer = trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.SAMPLED });
    // A poll interval far beyond the test: once its first (empty) round is done, only the
    // nudge can make this relay publish in time.
    const relay = new OutboxRelay({ orm, js, log, pollIntervalMs: 600_000 });
    relay.start();
    try {
      await new Promise((r) => setTimeout(r, 200));
      await orm.em.fork().transactional(async (tx) => {
        await writeOutbox(tx, [outboxEntry(subject, event('traced'), writer)]);
      });
      relay.nudge();
      await eventually(async () => (await published(subject)).length === 1, 5_000);
    } finally {
      await relay.stop();
    }
    const [msg] = await published(subject);
    expect(msg?.header.get('traceparent')).to.match(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    expect(await rowCount()).to.equal(0);
  });
});
