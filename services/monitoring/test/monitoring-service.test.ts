import { EventType } from '@sluice/contracts';
import { expect } from 'chai';
import pg from 'pg';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { loadContracts, SERVICE_NAMES, type MonitoringServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { eventSubject, eventsStreamName, newEvent, publishEvent, type CloudEvent } from '@sluice/messaging';
import { checkHealth, randomId, suiteEnv, type SuiteEnv, rejection, opsGet, portClosed } from '@sluice/testing';
import { readConfig } from '../src/config.ts';
import { startMonitoringService, type MonitoringService } from '../src/start.ts';
import { prune } from '../src/store/prune.ts';
import { eventually, sample } from './prom-text.ts';

describe('the monitoring service', function () {
  this.timeout(30_000);
  let env: SuiteEnv;
  let service: MonitoringService;
  let client: GrpcClient<MonitoringServiceClient>;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let jsm: JetStreamManager;

  const start = async () => {
    service = await startMonitoringService(
      readConfig({ DATABASE_URL: env.databaseUrl, NATS_URL: env.natsUrl, SLUICE_SUBJECT_PREFIX: env.prefix, SLUICE_GRPC_PORT: '0', SLUICE_OPS_PORT: '0', LOG_LEVEL: 'silent', SLUICE_HOST: '127.0.0.1' }),
    );
    client?.close();
    client = createClient(loadContracts().services.monitoring, `127.0.0.1:${service.grpcPort}`);
  };
  const metrics = async () => (await opsGet(service.opsPort!, '/metrics')).body;
  /** Waits until `name{labels}` reads `value` on /metrics. */
  const metricReaches = (name: string, labels: Record<string, string>, value: number) =>
    eventually(`${name}${JSON.stringify(labels)} = ${value}`, async () => (sample(await metrics(), name, labels) === value ? true : undefined));
  /** Waits until the monitoring consumer has finished every message in the stream. */
  const drained = async () => {
    const last = (await jsm.streams.info(eventsStreamName(env.prefix))).state.last_seq;
    await eventually('the monitoring consumer to finish the stream', async () => {
      const info = await jsm.consumers.info(eventsStreamName(env.prefix), 'monitoring');
      return info.ack_floor.stream_seq >= last && info.num_ack_pending === 0 ? true : undefined;
    });
  };

  /** One workflow's events as the workflow service writes them: created, then QUEUED → PROCESSING → COMPLETED. */
  function workflowLife(source: string, tenant: string, type: string): Array<CloudEvent> {
    const id = crypto.randomUUID();
    const base = { workflow_id: id, tenant_id: tenant, workflow_type: type };
    const changed = (from: string, to: string, version: number) =>
      newEvent({ source, type: EventType.WORKFLOW_STATE_CHANGED, subject: `workflows/${id}`, data: { ...base, from_state: from, to_state: to, stage: 'only', reason: 'test', actor: 'test', version } });
    return [
      newEvent({ source, type: EventType.WORKFLOW_CREATED, subject: `workflows/${id}`, data: { ...base, definition_version: 1, priority: 0 } }),
      changed('CREATED', 'QUEUED', 2),
      changed('QUEUED', 'PROCESSING', 3),
      changed('PROCESSING', 'COMPLETED', 4),
    ];
  }
  const publishAll = async (events: readonly CloudEvent[]) => {
    for (const e of events) {
      const data = e.data as { tenant_id: string; workflow_id: string };
      await publishEvent(js, eventSubject(env.prefix, 'workflow', data.tenant_id, data.workflow_id), e);
    }
  };

  before(async () => {
    env = suiteEnv();
    await start();
    nc = await connect({ servers: env.natsUrl });
    js = jetstream(nc);
    jsm = await jetstreamManager(nc);
  });

  after(async () => {
    client?.close();
    await nc?.close();
    await service?.shutdown();
  });

  it('answers grpc.health.v1 Check with SERVING, is ready, and serves its metrics', async () => {
    expect(await checkHealth(`127.0.0.1:${service.grpcPort}`, SERVICE_NAMES.monitoring)).to.equal('SERVING');
    const ready = await opsGet(service.opsPort!, '/readyz');
    expect(ready.status).to.equal(200);
    expect(JSON.parse(ready.body)).to.deep.equal({ status: 'ready', checks: { postgres: 'ok', nats: 'ok' } });
    const text = await metrics();
    expect(text).to.include('# TYPE sluice_events_consumed_total counter');
    expect(text).to.include('# TYPE sluice_workflows gauge');
  });

  it('counts a workflow created, moved QUEUED → PROCESSING → COMPLETED and finished', async () => {
    const source = `test-${randomId()}`;
    const type = `invoice-${randomId()}`;
    await publishAll(workflowLife(source, `t-${randomId()}`, type));

    await metricReaches('sluice_workflows_completed_total', { workflow_type: type }, 1);
    await drained();
    const text = await metrics();
    expect(sample(text, 'sluice_workflows_created_total', { workflow_type: type })).to.equal(1);
    expect(sample(text, 'sluice_workflows_finished_total', { workflow_type: type, state: 'COMPLETED' })).to.equal(1);
    for (const [from, to] of [['CREATED', 'QUEUED'], ['QUEUED', 'PROCESSING'], ['PROCESSING', 'COMPLETED']]) {
      expect(sample(text, 'sluice_workflow_transitions_total', { workflow_type: type, from: from!, to: to! }), `${from} → ${to}`).to.equal(1);
    }
    expect(sample(text, 'sluice_events_consumed_total', { source, type: EventType.WORKFLOW_CREATED })).to.equal(1);
    expect(sample(text, 'sluice_events_consumed_total', { source, type: EventType.WORKFLOW_STATE_CHANGED })).to.equal(3);
    expect(sample(text, 'sluice_workflows', { workflow_type: type, state: 'COMPLETED' })).to.equal(1);
    for (const state of ['CREATED', 'QUEUED', 'PROCESSING']) expect(sample(text, 'sluice_workflows', { workflow_type: type, state }), state).to.equal(0);
  });

  it('does not count an event twice when it is delivered again under another NATS message id', async () => {
    const source = `test-${randomId()}`;
    const type = `invoice-${randomId()}`;
    const tenant = `t-${randomId()}`;
    const [created] = workflowLife(source, tenant, type);
    await publishAll([created!]);
    await metricReaches('sluice_workflows_created_total', { workflow_type: type }, 1);

    // JetStream itself drops a re-publish with the same Nats-Msg-Id...
    const subject = eventSubject(env.prefix, 'workflow', tenant, (created!.data as { workflow_id: string }).workflow_id);
    expect((await publishEvent(js, subject, created!)).duplicate).to.equal(true);
    // ...so stand in for a redelivery with a new message id around the same CloudEvent.
    const again = await js.publish(subject, JSON.stringify(created), { msgID: `${created!.id}-again` });
    expect(again.duplicate).to.equal(false);
    await drained();

    const text = await metrics();
    expect(sample(text, 'sluice_workflows_created_total', { workflow_type: type })).to.equal(1);
    expect(sample(text, 'sluice_events_consumed_total', { source, type: EventType.WORKFLOW_CREATED })).to.equal(1);
    expect(sample(text, 'sluice_workflows', { workflow_type: type, state: 'CREATED' })).to.equal(1);
  });

  it('counts an event whose payload it cannot read as consumed only, and does not ask for it again', async () => {
    const source = `test-${randomId()}`;
    const type = `invoice-${randomId()}`;
    const tenant = `t-${randomId()}`;
    const bad = newEvent({ source, type: EventType.WORKFLOW_STATE_CHANGED, subject: 'workflows/x', data: { workflow_id: 'x', tenant_id: tenant, workflow_type: type, from_state: 'QUEUED', to_state: 'EXPLODED' } });
    await publishEvent(js, eventSubject(env.prefix, 'workflow', tenant, 'x'), bad);
    await metricReaches('sluice_events_consumed_total', { source, type: EventType.WORKFLOW_STATE_CHANGED }, 1);
    await drained();
    expect(sample(await metrics(), 'sluice_workflow_transitions_total', { workflow_type: type })).to.equal(undefined);
  });

  it("summarises one tenant's workflows without another tenant's", async () => {
    const [mine, theirs] = [`t-${randomId()}`, `t-${randomId()}`];
    const type = `summary-${randomId()}`;
    const source = `test-${randomId()}`;
    const second = workflowLife(source, mine, type).slice(0, 3); // created, QUEUED, PROCESSING
    await publishAll([...workflowLife(source, mine, type), ...second, ...workflowLife(source, theirs, type)]);
    await metricReaches('sluice_workflows_created_total', { workflow_type: type }, 3);
    await drained();

    const summary = await client.call('GetMetricsSummary', { tenant_id: mine, window_ms: 0 });
    expect(summary).to.include({ tenant_id: mine, window_ms: 300_000, events_consumed: '7', consumer_pending: '0' });
    expect(summary.workflows_by_state).to.deep.equal([
      { name: 'PROCESSING', count: '1' },
      { name: 'COMPLETED', count: '1' },
    ]);
    // 2 created and 1 completed within the default 5-minute window.
    expect(summary.workflows_created_per_minute).to.be.closeTo(0.4, 1e-9);
    expect(summary.workflows_completed_per_minute).to.be.closeTo(0.2, 1e-9);
    expect(Date.parse(summary.generated_at)).to.be.closeTo(Date.now(), 10_000);

    const other = await client.call('GetMetricsSummary', { tenant_id: theirs, window_ms: 60_000 });
    expect(other).to.include({ events_consumed: '4' });
    expect(other.workflows_by_state).to.deep.equal([{ name: 'COMPLETED', count: '1' }]);
    const everyone = await client.call('GetMetricsSummary', { tenant_id: '', window_ms: 0 });
    expect(Number(everyone.events_consumed)).to.be.at.least(11);
  });

  it('refuses a window or a tenant id it cannot serve with INVALID_ARGUMENT naming the field', async () => {
    for (const window_ms of [-1, 1000, 2_000_000_000]) {
      const err = await rejection(client.call('GetMetricsSummary', { tenant_id: '', window_ms }));
      expect(err.code).to.equal('INVALID_ARGUMENT');
      expect(err.details).to.include({ field: 'window_ms' });
    }
    const err = await rejection(client.call('GetMetricsSummary', { tenant_id: 'a.b', window_ms: 0 }));
    expect(err.details).to.include({ field: 'tenant_id' });
  });

  it('forgets event ids and per-minute counts older than the retention, and keeps the rest', async () => {
    const db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
    try {
      const tag = `prune-${randomId()}`;
      await db.query(`insert into monitoring.processed_events (source, event_id, processed_at) values ($1, 'old', now() - interval '2 days'), ($1, 'new', now())`, [tag]);
      await db.query(`insert into monitoring.metric_minutes (metric, tenant_id, minute, value) values ($1, '', now() - interval '2 days', 1), ($1, '', date_trunc('minute', now()), 1)`, [tag]);
      const removed = await prune(service.runtime.orm.em.fork(), 86_400_000);
      expect(removed.events).to.be.at.least(1);
      expect(removed.minutes).to.be.at.least(1);
      expect((await db.query('select event_id from monitoring.processed_events where source = $1', [tag])).rows).to.deep.equal([{ event_id: 'new' }]);
      expect((await db.query('select count(*)::int as n from monitoring.metric_minutes where metric = $1', [tag])).rows[0].n).to.equal(1);
    } finally {
      await db.end();
    }
  });

  it('reports the same totals after a restart and goes on counting from there', async () => {
    const source = `test-${randomId()}`;
    const type = `restart-${randomId()}`;
    const tenant = `t-${randomId()}`;
    await publishAll(workflowLife(source, tenant, type));
    await metricReaches('sluice_workflows_completed_total', { workflow_type: type }, 1);
    await drained();
    const before = await metrics();
    const { grpcPort, opsPort } = service;

    await service.shutdown();
    expect(await portClosed(grpcPort)).to.equal(true);
    expect(await portClosed(opsPort!)).to.equal(true);
    await start();

    const after = await metrics();
    for (const [name, labels] of [
      ['sluice_workflows_created_total', { workflow_type: type }],
      ['sluice_workflows_completed_total', { workflow_type: type }],
      ['sluice_workflow_transitions_total', { workflow_type: type, from: 'PROCESSING', to: 'COMPLETED' }],
      ['sluice_events_consumed_total', { source, type: EventType.WORKFLOW_STATE_CHANGED }],
    ] as const) {
      expect(sample(after, name, labels), name).to.equal(sample(before, name, labels));
    }
    expect(sample(after, 'sluice_workflows_created_total', { workflow_type: type })).to.equal(1);

    await publishAll(workflowLife(source, tenant, type));
    await metricReaches('sluice_workflows_completed_total', { workflow_type: type }, 2);
    await drained();
    expect(sample(await metrics(), 'sluice_workflows_created_total', { workflow_type: type })).to.equal(2);
  });

  it('shuts down cleanly: both ports close and the consumer stays on the server for the next start', async () => {
    const { grpcPort, opsPort } = service;
    await service.shutdown();
    expect(await portClosed(grpcPort)).to.equal(true);
    expect(await portClosed(opsPort!)).to.equal(true);
    expect((await jsm.consumers.info(eventsStreamName(env.prefix), 'monitoring')).config.durable_name).to.equal('monitoring');
  });
});
