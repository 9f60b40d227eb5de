import { expect } from 'chai';
import pg from 'pg';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, AckPolicy } from '@nats-io/jetstream';
import { EventType, loadContracts, type WorkerSessionResponse__Output, type WorkflowServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { suiteEnv, rejection } from '@sluice/testing';
import { startWorkflowService, type WorkflowService } from '../src/start.ts';
import { readConfig } from '../src/config.ts';

describe('the workflow service', function () {
  this.timeout(30_000);
  let service: WorkflowService;
  let client: GrpcClient<WorkflowServiceClient>;
  let db: pg.Client;
  let nc: NatsConnection;
  let prefix: string;
  const tenant = 'tenant-a';

  const count = async (table: string) => Number((await db.query(`select count(*) from workflow.${table}`)).rows[0].count);
  const create = (type: string, input: unknown = {}, extra: { idempotency_key?: string; tenant_id?: string } = {}) =>
    client.call('CreateWorkflow', { tenant_id: tenant, type, input_json: JSON.stringify(input), ...extra });

  /** Pulls the tasks the service put on the work queue for one stage. */
  async function takeTasks(type: string, stage: string, expected: number, waitMs = 10_000): Promise<Array<{ attempt_id: string; workflow_id: string }>> {
    const jsm = await jetstreamManager(nc);
    const durable = `test_${type}_${stage}`.replace(/-/g, '_');
    await jsm.consumers.add(`${prefix.toUpperCase()}_TASKS`, { durable_name: durable, ack_policy: AckPolicy.Explicit, filter_subject: `${prefix}.tasks.${type}.${stage}` });
    const consumer = await jetstream(nc).consumers.get(`${prefix.toUpperCase()}_TASKS`, durable);
    const tasks: Array<{ attempt_id: string; workflow_id: string }> = [];
    const deadline = Date.now() + waitMs;
    while (tasks.length < expected && Date.now() < deadline) {
      const batch = await consumer.fetch({ max_messages: expected - tasks.length, expires: 1000 });
      for await (const msg of batch) {
        tasks.push((msg.json() as { data: { attempt_id: string; workflow_id: string } }).data);
        // Wait for the server to take the ack: the consumer is deleted right after, and an ack in
        // flight would leave the task in the work queue for the next test.
        await msg.ackAck();
      }
    }
    await jsm.consumers.delete(`${prefix.toUpperCase()}_TASKS`, durable);
    return tasks;
  }

  /** The events published about one workflow so far, in order. */
  async function workflowEvents(id: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
    const jsm = await jetstreamManager(nc);
    const stream = `${prefix.toUpperCase()}_EVENTS`;
    const durable = `test_events_${id.replace(/-/g, '')}`;
    await jsm.consumers.add(stream, { durable_name: durable, ack_policy: AckPolicy.None, filter_subject: `${prefix}.events.workflow.${tenant}.${id}` });
    try {
      const { num_pending: pending } = await jsm.consumers.info(stream, durable);
      const consumer = await jetstream(nc).consumers.get(stream, durable);
      const events = [];
      for await (const msg of await consumer.fetch({ max_messages: pending, expires: 2000 })) {
        events.push(msg.json() as { type: string; data: Record<string, unknown> });
        if (events.length === pending) break;
      }
      return events;
    } finally {
      await jsm.consumers.delete(stream, durable);
    }
  }

  /** A workflow service on this suite's database and subjects: this one, or a second replica. */
  const startReplica = () => {
    const env = suiteEnv();
    return startWorkflowService(readConfig({ DATABASE_URL: env.databaseUrl, NATS_URL: env.natsUrl, SLUICE_SUBJECT_PREFIX: prefix, SLUICE_GRPC_PORT: '0', SLUICE_OPS_PORT: '0', LOG_LEVEL: 'silent', SLUICE_HOST: '127.0.0.1' }));
  };

  before(async () => {
    const env = suiteEnv();
    prefix = env.prefix;
    service = await startReplica();
    client = createClient(loadContracts().services.workflow, `127.0.0.1:${service.grpcPort}`);
    db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
    nc = await connect({ servers: env.natsUrl });
    await client.call('RegisterDefinition', { type: 'one', stages: [{ name: 'only' }] });
    await client.call('RegisterDefinition', { type: 'pipeline', stages: [{ name: 'fetch' }, { name: 'enrich' }, { name: 'index' }] });
  });

  after(async () => {
    client?.close();
    await nc?.close();
    await db?.end();
    await service?.shutdown();
  });

  it('creates a workflow as QUEUED and puts its first stage task on the work queue', async () => {
    const wf = await create('one', { n: 1 });
    expect(wf).to.include({ tenant_id: tenant, type: 'one', state: 'QUEUED', current_stage: 'only', definition_version: 1 });
    const tasks = await takeTasks('one', 'only', 1);
    expect(tasks.map((t) => t.workflow_id)).to.deep.equal([wf.id]);
  });

  it('runs a three-stage pipeline, passing each output on as the next input, with a full audit trail', async () => {
    const wf = await create('pipeline', { url: 'https://shop.example/p/1' });
    const outputs = [{ html: '<p>1</p>' }, { title: 'One' }, { indexed: true }];
    for (const [i, stage] of ['fetch', 'enrich', 'index'].entries()) {
      const [task] = await takeTasks('pipeline', stage, 1);
      const claim = await client.call('ClaimStage', { attempt_id: task!.attempt_id, worker_id: 'w1', lease_ttl_ms: 30_000 });
      expect(claim.stage).to.equal(stage);
      expect(JSON.parse(claim.input_json)).to.deep.equal(i === 0 ? { url: 'https://shop.example/p/1' } : outputs[i - 1]);
      await client.call('CompleteStage', { attempt_id: claim.attempt_id, fence: claim.fence, output_json: JSON.stringify(outputs[i]) });
    }
    const done = await client.call('GetWorkflow', { tenant_id: tenant, id: wf.id });
    expect(done.state).to.equal('COMPLETED');
    expect(JSON.parse(done.output_json)).to.deep.equal({ indexed: true });
    const audit = (await db.query('select from_state, to_state, stage, actor from workflow.workflow_transitions where workflow_id = $1 order by id', [wf.id])).rows;
    expect(audit.map((r) => `${r.from_state ?? '-'}>${r.to_state}`)).to.deep.equal([
      '->CREATED', 'CREATED>QUEUED',
      'QUEUED>PROCESSING', 'PROCESSING>QUEUED',
      'QUEUED>PROCESSING', 'PROCESSING>QUEUED',
      'QUEUED>PROCESSING', 'PROCESSING>COMPLETED',
    ]);
    expect(audit.filter((r) => r.to_state === 'PROCESSING').map((r) => r.actor)).to.deep.equal(['worker:w1', 'worker:w1', 'worker:w1']);
  });

  it('claims a task once: a redelivered task finds the attempt taken', async () => {
    await create('one');
    const [task] = await takeTasks('one', 'only', 1);
    const first = await client.call('ClaimStage', { attempt_id: task!.attempt_id, worker_id: 'w1' });
    const err = await rejection(client.call('ClaimStage', { attempt_id: task!.attempt_id, worker_id: 'w2' }));
    expect(err.code).to.equal('INVALID_TRANSITION');
    expect(err.message).to.include('is RUNNING, not QUEUED');
    expect(first.fence).to.match(/^[1-9]\d*$/);
  });

  it('refuses a completion with a stale fencing token with LEASE_LOST and changes nothing', async () => {
    const wf = await create('one');
    const [task] = await takeTasks('one', 'only', 1);
    const claim = await client.call('ClaimStage', { attempt_id: task!.attempt_id, worker_id: 'w1' });
    const stale = String(BigInt(claim.fence) - 1n);
    const before = await client.call('GetWorkflow', { tenant_id: tenant, id: wf.id });
    const err = await rejection(client.call('CompleteStage', { attempt_id: claim.attempt_id, fence: stale, output_json: '{"late":true}' }));
    expect(err.code).to.equal('LEASE_LOST');
    const after = await client.call('GetWorkflow', { tenant_id: tenant, id: wf.id });
    expect(after).to.deep.equal(before);
    const done = await client.call('CompleteStage', { attempt_id: claim.attempt_id, fence: claim.fence, output_json: '{"ok":true}' });
    expect(done.state).to.equal('COMPLETED');
    const again = await rejection(client.call('CompleteStage', { attempt_id: claim.attempt_id, fence: claim.fence, output_json: '{"twice":true}' }));
    expect(again.code).to.equal('LEASE_LOST');
    expect(JSON.parse((await client.call('GetWorkflow', { tenant_id: tenant, id: wf.id })).output_json)).to.deep.equal({ ok: true });
  });

  it('refuses an unregistered type with INVALID_ARGUMENT and stores nothing', async () => {
    const tables = ['workflows', 'workflow_transitions', 'stage_attempts', 'outbox'];
    const counts = async () => { const out: number[] = []; for (const t of tables) out.push(await count(t)); return out; };
    // The relay deletes rows as it publishes them: let it catch up so only this call could change a count.
    for (let i = 0; i < 100 && (await count('outbox')) > 0; i++) await new Promise((r) => setTimeout(r, 50));
    const before = await counts();
    const err = await rejection(create('never-registered'));
    expect(err.code).to.equal('INVALID_ARGUMENT');
    expect(err.message).to.equal('workflow type never-registered is not registered (start a worker that defines it)');
    expect(await counts()).to.deep.equal(before);
  });

  it('refuses input that is not JSON, naming the field', async () => {
    const err = await rejection(client.call('CreateWorkflow', { tenant_id: tenant, type: 'one', input_json: '{nope' }));
    expect(err.code).to.equal('INVALID_ARGUMENT');
    expect(err.details).to.include({ field: 'input_json' });
  });

  it('returns the first workflow again for a repeated idempotency key', async () => {
    const first = await create('one', { a: 1 }, { idempotency_key: 'order-42' });
    const second = await create('one', { a: 2 }, { idempotency_key: 'order-42' });
    expect(second.id).to.equal(first.id);
    expect(JSON.parse(second.input_json)).to.deep.equal({ a: 1 });
  });

  it('answers NOT_FOUND for another tenant\'s workflow', async () => {
    const wf = await create('one');
    const err = await rejection(client.call('GetWorkflow', { tenant_id: 'tenant-b', id: wf.id }));
    expect(err.code).to.equal('NOT_FOUND');
  });

  it('keeps the definition version when the same stages are registered again, and bumps it when they change', async () => {
    const same = await client.call('RegisterDefinition', { type: 'pipeline', stages: [{ name: 'fetch' }, { name: 'enrich' }, { name: 'index' }] });
    expect(same.version).to.equal(1);
    const changed = await client.call('RegisterDefinition', { type: 'pipeline', stages: [{ name: 'fetch' }, { name: 'index' }] });
    expect(changed.version).to.equal(2);
  });

  it('reads definitions back: a version or the latest, NOT_FOUND for none, and every type\'s latest in pages', async () => {
    await client.call('RegisterDefinition', { type: 'readback', stages: [{ name: 'a', max_concurrency: 2 }] });
    await client.call('RegisterDefinition', { type: 'readback', stages: [{ name: 'a' }, { name: 'b', quota_resource: 'openai:gpt-4o' }] });
    const latest = await client.call('GetDefinition', { type: 'readback', version: 0 });
    expect(latest.version).to.equal(2);
    expect(latest.stages.map((st) => [st.name, st.quota_resource])).to.deep.equal([['a', ''], ['b', 'openai:gpt-4o']]);
    const first = await client.call('GetDefinition', { type: 'readback', version: 1 });
    expect(first.stages.map((st) => [st.name, st.max_concurrency])).to.deep.equal([['a', 2]]);
    for (const req of [{ type: 'readback', version: 3 }, { type: 'never-registered', version: 0 }]) {
      expect((await rejection(client.call('GetDefinition', req))).code).to.equal('NOT_FOUND');
    }
    expect((await rejection(client.call('GetDefinition', { type: 'Bad Type', version: 0 }))).details).to.include({ field: 'type' });

    const seen: Array<[string, number]> = [];
    let cursor = '';
    do {
      const page = await client.call('ListDefinitions', { page_size: 2, cursor });
      expect(page.definitions.length).to.be.at.most(2);
      seen.push(...page.definitions.map((d) => [d.type, d.version] as [string, number]));
      cursor = page.next_cursor;
    } while (cursor !== '');
    const types = seen.map(([t]) => t);
    expect(types).to.deep.equal([...new Set(types)].sort());
    expect(seen).to.deep.include.members([['readback', 2], ['one', 1]]);
    const bad = await rejection(client.call('ListDefinitions', { page_size: 2, cursor: 'not-a-cursor' }));
    expect(bad.details).to.include({ field: 'cursor' });
  });

  describe('stage priorities', () => {
    /** The priority each task of (ranked, stage) carries, by workflow id: the attempt's, which claims order by. */
    const taskPriorities = async (stage: string, expected: number) =>
      Object.fromEntries((await takeTasks('ranked', stage, expected)).map((t) => [t.workflow_id, (t as unknown as { priority: number }).priority]));

    it('queues each stage at its default priority unless the workflow was created with one, on every way a stage is queued', async () => {
      const def = await client.call('RegisterDefinition', { type: 'ranked', stages: [{ name: 'first', priority: 5 }, { name: 'second', priority: -3 }] });
      expect(def.stages.map((st) => st.priority)).to.deep.equal([5, -3]);
      const plain = await create('ranked');
      const own = await client.call('CreateWorkflow', { tenant_id: tenant, type: 'ranked', input_json: '{}', priority: 7 });
      expect([plain.priority, own.priority]).to.deep.equal([undefined, 7]);
      // Creation (one statement).
      expect(await taskPriorities('first', 2)).to.deep.equal({ [plain.id]: 5, [own.id]: 7 });
      const { claims } = await client.call('ClaimStages', { worker_id: 'w-rank', workflow_type: 'ranked', stage: 'first', max: 2, lease_ttl_ms: 0 });
      const claimOf = (id: string) => claims.find((c) => c.workflow_id === id)!;
      // A release (a transaction of several statements) queues a new attempt of the same stage.
      await client.call('ReleaseStage', { attempt_id: claimOf(plain.id).attempt_id, fence: claimOf(plain.id).fence, reason: 'test', delay_ms: 0 });
      expect(await taskPriorities('first', 1)).to.deep.equal({ [plain.id]: 5 });
      const { claims: again } = await client.call('ClaimStages', { worker_id: 'w-rank', workflow_type: 'ranked', stage: 'first', max: 1, lease_ttl_ms: 0 });
      // Completions (one statement) queue the next stage at its own default.
      const done = await client.call('CompleteStages', { items: [again[0]!, claimOf(own.id)].map((c) => ({ attempt_id: c.attempt_id, fence: c.fence, output_json: '{}' })) });
      expect(done.results.every((r) => r.error === null)).to.equal(true);
      expect(await taskPriorities('second', 2)).to.deep.equal({ [plain.id]: -3, [own.id]: 7 });
    });

    it('refuses a stage priority or a workflow priority outside -100..100 with INVALID_ARGUMENT naming it, storing nothing', async () => {
      const definitions = await count('definitions');
      const badStage = await rejection(client.call('RegisterDefinition', { type: 'ranked-bad', stages: [{ name: 'only', priority: 101 }] }));
      expect(badStage.code).to.equal('INVALID_ARGUMENT');
      expect(badStage.details).to.include({ field: 'stages[0].priority' });
      expect(await count('definitions')).to.equal(definitions);
      const before = await count('workflows');
      const badWorkflow = await rejection(client.call('CreateWorkflow', { tenant_id: tenant, type: 'one', input_json: '{}', priority: -101 }));
      expect(badWorkflow.code).to.equal('INVALID_ARGUMENT');
      expect(badWorkflow.message).to.include('-101');
      expect(badWorkflow.details).to.include({ field: 'priority' });
      expect(await count('workflows')).to.equal(before);
    });
  });

  it('claims under the lease and timeout of the stage in the workflow\'s own definition version, and audits each claim', async () => {
    await client.call('RegisterDefinition', { type: 'leased', stages: [{ name: 'slow', lease_ttl_ms: 7_000, timeout_ms: 9_000 }] });
    const wf = await create('leased');
    // A new version with other values: the queued workflow keeps the version it started with.
    await client.call('RegisterDefinition', { type: 'leased', stages: [{ name: 'slow', lease_ttl_ms: 60_000, timeout_ms: 1_000 }] });
    const before = Date.now();
    const { claims } = await client.call('ClaimStages', { worker_id: 'w-lease', workflow_type: 'leased', stage: 'slow', max: 5, lease_ttl_ms: 0 });
    expect(claims.map((c) => c.workflow_id)).to.deep.equal([wf.id]);
    const [claim] = claims;
    expect(claim!.timeout_ms).to.equal(9_000);
    const ttl = new Date(claim!.lease_expires_at).getTime() - before;
    expect(ttl).to.be.within(6_000, 7_500);
    const history = await db.query('select from_state, to_state, actor, metadata from workflow.workflow_transitions where workflow_id = $1 order by id', [wf.id]);
    expect(history.rows.map((r) => [r.from_state, r.to_state])).to.deep.equal([[null, 'CREATED'], ['CREATED', 'QUEUED'], ['QUEUED', 'PROCESSING']]);
    expect(history.rows[2]).to.deep.include({ actor: 'worker:w-lease', metadata: { attempt_id: claim!.attempt_id, attempt: 1, fence: claim!.fence } });
    const after = await client.call('GetWorkflow', { tenant_id: tenant, id: wf.id });
    expect(after).to.include({ state: 'PROCESSING', version: 3 });
  });

  describe('handing the next stage straight back (claim_next)', () => {
    const audit = async (id: string) =>
      (await db.query('select from_state, to_state, actor, metadata, at from workflow.workflow_transitions where workflow_id = $1 order by id', [id])).rows;
    /** Claims the first stage of one new workflow of `type` as worker `w1`. */
    async function runningFirstStage(type: string, extra: { priority?: number } = {}) {
      const wf = await client.call('CreateWorkflow', { tenant_id: tenant, type, input_json: '{}', ...extra });
      const [task] = await takeTasks(type, 'a', 1);
      const claim = await client.call('ClaimStage', { attempt_id: task!.attempt_id, worker_id: 'w1', lease_ttl_ms: 30_000 });
      return { wf, claim };
    }
    const completeAsking = (claim: { attempt_id: string; fence: string }, claimNext: string, output: unknown = {}) =>
      client.call('CompleteStages', { items: [{ attempt_id: claim.attempt_id, fence: claim.fence, output_json: JSON.stringify(output), claim_next: claimNext }], lease_ttl_ms: 20_000 });

    before(async () => {
      await client.call('RegisterDefinition', { type: 'handoff', stages: [{ name: 'a' }, { name: 'b', timeout_ms: 4_000 }] });
      await client.call('RegisterDefinition', { type: 'handoff-limited', stages: [{ name: 'a' }, { name: 'b', max_concurrency: 5 }] });
    });

    it('leases the next stage to the worker that completed the previous one, in the same transaction, audited, without a task', async () => {
      const { wf, claim } = await runningFirstStage('handoff');
      const before = Date.now();
      const { results } = await completeAsking(claim, 'b', { page: 1 });
      const next = results[0]!.next!;
      expect(results[0]!.workflow).to.include({ state: 'PROCESSING', current_stage: 'b' });
      expect(next).to.include({ workflow_id: wf.id, tenant_id: tenant, workflow_type: 'handoff', stage: 'b', attempt: 1, timeout_ms: 4_000, partial_json: '' });
      expect(JSON.parse(next.input_json)).to.deep.equal({ page: 1 });
      expect(BigInt(next.fence) > BigInt(claim.fence)).to.equal(true);
      expect(new Date(next.lease_expires_at).getTime() - before).to.be.within(18_000, 21_000);
      const rows = await audit(wf.id);
      expect(rows.map((r) => `${r.from_state ?? '-'}>${r.to_state}`)).to.deep.equal(['->CREATED', 'CREATED>QUEUED', 'QUEUED>PROCESSING', 'PROCESSING>QUEUED', 'QUEUED>PROCESSING']);
      expect(rows[4]).to.deep.include({ actor: 'worker:w1', metadata: { attempt_id: next.attempt_id, attempt: 1, fence: next.fence } });
      // Both in the one statement: the same database time.
      expect(rows[4].at.getTime()).to.equal(rows[3].at.getTime());
      expect(await takeTasks('handoff', 'b', 1, 1_500)).to.deep.equal([]);
      // The events a task and its claim would have published, in order, with the workflow's versions.
      const changes = (await workflowEvents(wf.id)).filter((e) => e.type === EventType.WORKFLOW_STATE_CHANGED).map((e) => e.data);
      expect(changes.map((d) => `${d.from_state}>${d.to_state}@${d.version}`)).to.deep.equal(['CREATED>QUEUED@2', 'QUEUED>PROCESSING@3', 'PROCESSING>QUEUED@4', 'QUEUED>PROCESSING@5']);
      // The lease is a lease like any other: a stale fence is refused, the right one completes.
      expect((await rejection(client.call('CompleteStage', { attempt_id: next.attempt_id, fence: claim.fence, output_json: '{}' }))).code).to.equal('LEASE_LOST');
      const done = await client.call('CompleteStage', { attempt_id: next.attempt_id, fence: next.fence, output_json: '{"ok":true}' });
      expect(done).to.include({ state: 'COMPLETED', version: 6 });
    });

    it('queues the next stage as usual when it is not the one named, when it has a concurrency limit, or when a queued one outranks it', async () => {
      const named = await runningFirstStage('handoff');
      const otherName = await completeAsking(named.claim, 'a');
      expect(otherName.results[0]!.next).to.equal(null);
      expect(otherName.results[0]!.workflow!.state).to.equal('QUEUED');

      const limited = await runningFirstStage('handoff-limited');
      const withLimit = await completeAsking(limited.claim, 'b');
      expect(withLimit.results[0]!.next).to.equal(null);
      expect(withLimit.results[0]!.workflow!.state).to.equal('QUEUED');

      // An urgent workflow's stage b waits in the queue: a normal one's b must not jump ahead of it.
      const urgent = await runningFirstStage('handoff', { priority: 5 });
      await client.call('CompleteStage', { attempt_id: urgent.claim.attempt_id, fence: urgent.claim.fence, output_json: '{}' });
      const normal = await runningFirstStage('handoff');
      const outranked = await completeAsking(normal.claim, 'b');
      expect(outranked.results[0]!.next).to.equal(null);
      expect(outranked.results[0]!.workflow!.state).to.equal('QUEUED');
      const queued = await takeTasks('handoff', 'b', 3);
      expect(queued.map((t) => t.workflow_id).sort()).to.deep.equal([named.wf.id, urgent.wf.id, normal.wf.id].sort());
      expect((await takeTasks('handoff-limited', 'b', 1)).map((t) => t.workflow_id)).to.deep.equal([limited.wf.id]);
      // With nothing queued above it, the same request is handed back.
      const { claims } = await client.call('ClaimStages', { worker_id: 'w1', workflow_type: 'handoff', stage: 'b', max: 3 });
      expect(claims.map((c) => c.workflow_id)).to.deep.equal([urgent.wf.id, named.wf.id, normal.wf.id]);
      const later = await runningFirstStage('handoff');
      expect((await completeAsking(later.claim, 'b')).results[0]!.next).to.include({ workflow_id: later.wf.id, stage: 'b' });
    });

    it('refuses a completion with a stale fence that asks for the next stage with LEASE_LOST, and creates nothing', async () => {
      const { wf, claim } = await runningFirstStage('handoff');
      const attempts = async () => Number((await db.query('select count(*) from workflow.stage_attempts where workflow_id = $1', [wf.id])).rows[0].count);
      const res = await completeAsking({ attempt_id: claim.attempt_id, fence: String(BigInt(claim.fence) - 1n) }, 'b');
      expect(res.results[0]!.error!.code).to.equal('LEASE_LOST');
      expect(res.results[0]!.next).to.equal(null);
      expect(await attempts()).to.equal(1);
      expect((await client.call('GetWorkflow', { tenant_id: tenant, id: wf.id })).state).to.equal('PROCESSING');
      expect((await audit(wf.id)).length).to.equal(3);
    });
  });

  describe('a worker session (WorkerSession): waiting claims and completions on one stream', () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

    /** A WorkerSession stream as a worker opens it, with what it received so far. */
    function openSession(on: GrpcClient<WorkflowServiceClient> = client) {
      const stream = on.raw.WorkerSession();
      const received: WorkerSessionResponse__Output[] = [];
      let wake = () => undefined as void;
      stream.on('data', (m: WorkerSessionResponse__Output) => {
        received.push(m);
        wake();
      });
      const ended = new Promise<Error | null>((resolve) => {
        stream.on('error', (e: Error) => resolve(e));
        stream.on('end', () => resolve(null));
      });
      let read = 0;
      return {
        stream,
        received,
        ended,
        wait: (type: string, workerId: string, credits: number) =>
          stream.write({ await: { worker_id: workerId, workflow_type: type, stage: 'a', credits, lease_ttl_ms: 15_000 } }),
        /** The next message, or null when none comes within `ms`. */
        next: async (ms = 5_000): Promise<WorkerSessionResponse__Output | null> => {
          const deadline = Date.now() + ms;
          while (received.length <= read && Date.now() < deadline) await new Promise<void>((r) => ((wake = r), setTimeout(r, 50)));
          return received.length > read ? received[read++]! : null;
        },
      };
    }

    before(async () => {
      for (const type of ['waited', 'waited-prio', 'waited-end']) {
        await client.call('RegisterDefinition', { type, stages: [{ name: 'a' }] });
        // The first creation of a tenant and type in a process counts its queue exactly, in a
        // transaction that queues as before; the ones after it take the statement that leases.
        await create(type);
        const [task] = await takeTasks(type, 'a', 1);
        const claim = await client.call('ClaimStage', { attempt_id: task!.attempt_id, worker_id: 'w-prime' });
        await client.call('CompleteStage', { attempt_id: claim.attempt_id, fence: claim.fence, output_json: '{}' });
      }
    });

    it('leases a workflow created while a claim waits to that worker as it is created, one per credit: audited, without a task', async () => {
      const session = openSession();
      try {
        session.wait('waited', 'w-wait', 1);
        await sleep(200);
        const wf = await create('waited', { x: 1 });
        expect(wf).to.include({ state: 'PROCESSING', current_stage: 'a', version: 3 });
        const message = await session.next();
        expect(message!.body).to.equal('claim');
        const claim = message!.claim!;
        expect(claim).to.include({ workflow_id: wf.id, tenant_id: tenant, workflow_type: 'waited', stage: 'a', attempt: 1 });
        expect(JSON.parse(claim.input_json)).to.deep.equal({ x: 1 });
        const history = (await db.query('select from_state, to_state, actor, metadata, at from workflow.workflow_transitions where workflow_id = $1 order by id', [wf.id])).rows;
        expect(history.map((r) => `${r.from_state ?? '-'}>${r.to_state}`)).to.deep.equal(['->CREATED', 'CREATED>QUEUED', 'QUEUED>PROCESSING']);
        expect(history[2]).to.deep.include({ actor: 'worker:w-wait', metadata: { attempt_id: claim.attempt_id, attempt: 1, fence: claim.fence } });
        expect(history[2].at.getTime()).to.equal(history[1].at.getTime());
        const changes = (await workflowEvents(wf.id)).filter((e) => e.type === EventType.WORKFLOW_STATE_CHANGED).map((e) => e.data);
        expect(changes.map((d) => `${d.from_state}>${d.to_state}@${d.version}`)).to.deep.equal(['CREATED>QUEUED@2', 'QUEUED>PROCESSING@3']);
        // Its one credit is used up: the next workflow is queued with its task.
        const second = await create('waited');
        expect(second.state).to.equal('QUEUED');
        expect((await takeTasks('waited', 'a', 2, 1_500)).map((t) => t.workflow_id)).to.deep.equal([second.id]);
        const done = await client.call('CompleteStage', { attempt_id: claim.attempt_id, fence: claim.fence, output_json: '{"ok":true}' });
        expect(done.state).to.equal('COMPLETED');
      } finally {
        session.stream.end();
        expect(await session.ended).to.equal(null);
      }
    });

    it('commits completions sent on the stream, each answered under its call id, and refuses a bad call without closing the stream', async () => {
      const wf = await create('waited');
      const [task] = await takeTasks('waited', 'a', 1);
      const claim = await client.call('ClaimStage', { attempt_id: task!.attempt_id, worker_id: 'w-session', lease_ttl_ms: 30_000 });
      const session = openSession();
      try {
        session.stream.write({ complete: { call_id: 'c-stale', request: { items: [{ attempt_id: claim.attempt_id, fence: String(BigInt(claim.fence) - 1n), output_json: '{}' }] } } });
        const stale = await session.next();
        expect(stale!.completed!.call_id).to.equal('c-stale');
        expect(stale!.completed!.response!.results[0]!.error!.code).to.equal('LEASE_LOST');
        const tooMany = Array.from({ length: 257 }, () => ({ attempt_id: claim.attempt_id, fence: claim.fence, output_json: '{}' }));
        session.stream.write({ complete: { call_id: 'c-big', request: { items: tooMany } } });
        const big = await session.next();
        expect(big!.completed).to.deep.include({ call_id: 'c-big', response: null });
        expect(big!.completed!.error!.code).to.equal('INVALID_ARGUMENT');
        expect((await client.call('GetWorkflow', { tenant_id: tenant, id: wf.id })).state).to.equal('PROCESSING');
        session.stream.write({ complete: { call_id: 'c-ok', request: { items: [{ attempt_id: claim.attempt_id, fence: claim.fence, output_json: '{"n":1}' }] } } });
        const ok = await session.next();
        expect(ok!.completed!.call_id).to.equal('c-ok');
        expect(ok!.completed!.response!.results[0]!.workflow).to.include({ id: wf.id, state: 'COMPLETED' });
        expect(await db.query('select output from workflow.stage_attempts where id = $1', [claim.attempt_id]).then((r) => r.rows[0].output)).to.deep.equal({ n: 1 });
      } finally {
        session.stream.end();
        expect(await session.ended).to.equal(null);
      }
    });

    it('never hands a waiting claim a queued workflow, and ends a stream that sends a bad message with INVALID_ARGUMENT', async () => {
      // Queued before the wait: it comes as a task, not to the waiting worker.
      const queued = await create('waited');
      expect(queued.state).to.equal('QUEUED');
      const session = openSession();
      session.wait('waited', 'w-idle', 2);
      expect(await session.next(300)).to.equal(null);
      expect((await takeTasks('waited', 'a', 1)).map((t) => t.workflow_id)).to.deep.equal([queued.id]);
      session.wait('waited', 'w-idle', 257);
      const err = (await session.ended) as Error & { code: number; details: string };
      expect(err.code).to.equal(3); // INVALID_ARGUMENT
      expect(err.details).to.include('credits 257');
      // Its waiting claims went with it.
      expect((await create('waited')).state).to.equal('QUEUED');
      await takeTasks('waited', 'a', 1);
    });

    it('refuses more than 10,000 waiting claims on one session with INVALID_ARGUMENT, and drops the ones it held', async () => {
      const session = openSession();
      for (let i = 0; i < 40; i++) session.wait('waited-end', 'w-greedy', 256);
      const err = (await session.ended) as Error & { code: number; details: string };
      expect(err.code).to.equal(3); // INVALID_ARGUMENT
      expect(err.details).to.include('at most 10000 on one session');
      const wf = await create('waited-end');
      expect(wf.state).to.equal('QUEUED');
      expect((await takeTasks('waited-end', 'a', 1)).map((t) => t.workflow_id)).to.deep.equal([wf.id]);
    });

    it('drops the waiting claims of a session that ends: later workflows are queued', async () => {
      const session = openSession();
      session.wait('waited-end', 'w-gone', 3);
      await sleep(200);
      session.stream.end();
      expect(await session.ended).to.equal(null);
      const wf = await create('waited-end');
      expect(wf.state).to.equal('QUEUED');
      expect((await takeTasks('waited-end', 'a', 1)).map((t) => t.workflow_id)).to.deep.equal([wf.id]);
    });

    it('queues a new workflow as usual when a queued attempt of its first stage has a higher priority', async () => {
      // A second replica: its creations do not see this one's waiting claims.
      const other = await startReplica();
      const otherClient = createClient(loadContracts().services.workflow, `127.0.0.1:${other.grpcPort}`);
      const session = openSession();
      try {
        session.wait('waited-prio', 'w-prio', 1);
        await sleep(200);
        const urgent = await otherClient.call('CreateWorkflow', { tenant_id: tenant, type: 'waited-prio', input_json: '{}', priority: 5 });
        expect(urgent.state).to.equal('QUEUED');
        const normal = await create('waited-prio');
        expect(normal.state).to.equal('QUEUED');
        expect(await session.next(300)).to.equal(null);
        expect((await takeTasks('waited-prio', 'a', 2)).map((t) => t.workflow_id).sort()).to.deep.equal([urgent.id, normal.id].sort());
      } finally {
        session.stream.end();
        await session.ended;
        otherClient.close();
        await other.shutdown();
      }
    });

    it('ends its sessions when the service shuts down', async () => {
      const other = await startReplica();
      const otherClient = createClient(loadContracts().services.workflow, `127.0.0.1:${other.grpcPort}`);
      try {
        const session = openSession(otherClient);
        session.wait('waited', 'w-shut', 2);
        await sleep(200);
        const started = Date.now();
        await other.shutdown();
        expect(await session.ended).to.equal(null);
        expect(Date.now() - started).to.be.below(5_000);
      } finally {
        otherClient.close();
      }
    });
  });
});
