import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { loadContracts, type WorkflowServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { randomId, suiteEnv } from '@sluice/testing';
import { startWorkflowService, type WorkflowService } from '@sluice/workflow/start';
import { readConfig as workflowConfig } from '@sluice/workflow/config';
import { startGateway, type GatewayService } from '@sluice/gateway/start';
import { readConfig } from '@sluice/gateway/config';
import { createTenant } from '@sluice/gateway/store';

interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
  status_code: number;
  path: string;
  trace_id: string | null;
}
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the gateway read routes', function () {
  this.timeout(60_000);
  let workflow: WorkflowService;
  let gateway: GatewayService;
  let grpc: GrpcClient<WorkflowServiceClient>;
  let db: pg.Client;
  let keyDir: string;
  let base: string;
  // Types of this file's own: definitions and queues are shared by every tenant in the run.
  const TYPE = `g${randomId(3)}`;
  const LINE = `${TYPE}-line`;
  // Only the queue test queues this type, so its positions are exact.
  const QUEUE = `${TYPE}-queue`;

  /** A fresh tenant and its key: each test sees only its own workflows. */
  const newTenant = async () => (await createTenant(gateway.runtime.orm.em.fork(), `queries-${randomId(3)}`)).apiKey;
  const get = async (key: string, path: string): Promise<{ status: number; body: Json }> => {
    const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${key}` } });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const start = async (key: string, type = TYPE, priority = 0): Promise<Json> => {
    const res = await fetch(`${base}/api/v1/workflows`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type, priority }),
    });
    expect(res.status).to.equal(201);
    return (await res.json()) as Json;
  };
  const claim = async (workflowId: string, worker = 'w-gw') => {
    const rows = (await db.query("select id from workflow.stage_attempts where workflow_id = $1 and state = 'QUEUED'", [workflowId])).rows;
    return grpc.call('ClaimStage', { attempt_id: rows[0].id, worker_id: worker, lease_ttl_ms: 30_000 });
  };
  const runStage = async (workflowId: string, ms = 0) => {
    const c = await claim(workflowId);
    if (ms > 0) await sleep(ms);
    await grpc.call('CompleteStage', { attempt_id: c.attempt_id, fence: c.fence, output_json: JSON.stringify({ stage: c.stage }) });
  };
  const workflowCount = async () => Number((await db.query('select count(*) from workflow.workflows')).rows[0].count);

  before(async () => {
    const env = suiteEnv();
    const common = { DATABASE_URL: env.databaseUrl, NATS_URL: env.natsUrl, SLUICE_SUBJECT_PREFIX: env.prefix, LOG_LEVEL: 'silent', SLUICE_HOST: '127.0.0.1' };
    workflow = await startWorkflowService(workflowConfig({ ...common, SLUICE_GRPC_PORT: '0', SLUICE_OPS_PORT: '0' }));
    grpc = createClient(loadContracts().services.workflow, `127.0.0.1:${workflow.grpcPort}`);
    await grpc.call('RegisterDefinition', { type: TYPE, stages: [{ name: 'fetch' }, { name: 'index' }] });
    await grpc.call('RegisterDefinition', { type: LINE, stages: [{ name: 'wait' }] });
    await grpc.call('RegisterDefinition', { type: QUEUE, stages: [{ name: 'wait' }] });
    keyDir = await mkdtemp(join(tmpdir(), 'sluice-gwq-'));
    gateway = await startGateway(
      readConfig({
        ...common,
        SLUICE_HTTP_PORT: '0',
        SLUICE_GRPC_PORT: '0',
        SLUICE_WORKFLOW_ADDR: `127.0.0.1:${workflow.grpcPort}`,
        SLUICE_BOOTSTRAP_API_KEY: `sk_gateway_queries_${Date.now()}`,
        SLUICE_API_KEY_FILE: join(keyDir, 'api-key'),
      }),
    );
    base = `http://127.0.0.1:${gateway.httpPort}`;
    db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
  });

  after(async () => {
    grpc?.close();
    await db?.end();
    await gateway?.shutdown();
    await workflow?.shutdown();
    await rm(keyDir, { recursive: true, force: true });
  });

  describe('GET /api/v1/workflows', () => {
    it('lists the tenant\'s workflows newest first, filtered by state (comma-separated or repeated), type and creation time', async () => {
      const key = await newTenant();
      const made: Json[] = [];
      for (const type of [TYPE, LINE, TYPE, LINE]) {
        made.push(await start(key, type));
        await sleep(5);
      }
      await runStage(made[1]!.id);
      const ids = async (query: string) => ((await get(key, `/api/v1/workflows${query}`)).body.items as Json[]).map((w) => w.id);
      const newestFirst = made.map((w) => w.id).reverse();
      const all = await get(key, '/api/v1/workflows');
      expect(all.status).to.equal(200);
      expect(all.body).to.include({ next_cursor: null, next: null });
      expect(all.body.items.map((w: Json) => w.id)).to.deep.equal(newestFirst);
      expect(await ids('?state=COMPLETED')).to.deep.equal([made[1]!.id]);
      expect(await ids('?state=COMPLETED,QUEUED')).to.deep.equal(newestFirst);
      expect(await ids('?state=COMPLETED&state=PROCESSING')).to.deep.equal([made[1]!.id]);
      expect(await ids(`?type=${LINE}`)).to.deep.equal([made[3]!.id, made[1]!.id]);
      expect(await ids(`?type=${TYPE}&state=QUEUED&stage=fetch`)).to.deep.equal([made[2]!.id, made[0]!.id]);
      expect(await ids(`?created_after=${made[2]!.created_at}`)).to.deep.equal(newestFirst.slice(0, 2));
      expect(await ids(`?created_before=${made[2]!.created_at}`)).to.deep.equal(newestFirst.slice(2));
    });

    it('follows next links two at a time through every workflow exactly once while new ones are created', async () => {
      const key = await newTenant();
      const existing: string[] = [];
      for (let i = 0; i < 5; i++) existing.unshift((await start(key)).id);
      const seen: string[] = [];
      let next: string | null = `/api/v1/workflows?limit=2&state=QUEUED`;
      let pages = 0;
      while (next !== null && pages < 10) {
        const { status, body } = await get(key, next);
        expect(status).to.equal(200);
        seen.push(...(body.items as Json[]).map((w) => w.id));
        if (body.next !== null) expect(body.next).to.include('limit=2').and.include('state=QUEUED').and.include(`cursor=${body.next_cursor}`);
        next = body.next;
        pages += 1;
        await start(key);
      }
      expect(seen).to.deep.equal(existing);
      expect(pages).to.equal(3);
    });

    it('never shows another tenant\'s workflows, nor their status, history or explanation', async () => {
      const mine = await newTenant();
      const theirs = await newTenant();
      const wf = await start(theirs);
      expect((await get(mine, '/api/v1/workflows')).body.items).to.deep.equal([]);
      for (const sub of ['status', 'history', 'explain']) {
        const { status, body } = await get(mine, `/api/v1/workflows/${wf.id}/${sub}`);
        expect(status, sub).to.equal(404);
        expect((body as ErrorBody).error.code).to.equal('NOT_FOUND');
      }
    });

    const bad: Array<[string, string, RegExp]> = [
      ['a cursor the API did not hand out', '/api/v1/workflows?cursor=bm90LWEtY3Vyc29y', /cursor/],
      ['an unknown state', '/api/v1/workflows?state=QUEUED,SLEEPING', /query\.state/],
      ['a limit of 0', '/api/v1/workflows?limit=0', /query\.limit/],
      ['a limit over 500', '/api/v1/workflows?limit=501', /query\.limit/],
      ['a creation bound that is not RFC 3339', '/api/v1/workflows?created_after=yesterday', /query\.created_after/],
      ['an unknown parameter', '/api/v1/workflows?colour=red', /colour/],
      ['an unknown time range', '/api/v1/workflows/metrics?time_range=2h', /query\.time_range/],
      ['a history limit over 500', `/api/v1/workflows/00000000-0000-4000-8000-000000000000/history?limit=1000`, /query\.limit/],
    ];
    for (const [name, path, message] of bad) {
      it(`answers ${name} with 400 INVALID_ARGUMENT naming the field, changing nothing`, async () => {
        const key = await newTenant();
        const before = await workflowCount();
        const { status, body } = await get(key, path);
        expect(status).to.equal(400);
        expect(Object.keys(body)).to.have.members(['error', 'status_code', 'path', 'trace_id']);
        expect((body as ErrorBody).error.code).to.equal('INVALID_ARGUMENT');
        expect((body as ErrorBody).error.message).to.match(message);
        expect(await workflowCount()).to.equal(before);
      });
    }
  });

  describe('status, history and explain', () => {
    it('shows a completed two-stage run: its status, its audit trail in order (as gRPC has it) and a summary', async () => {
      const key = await newTenant();
      const wf = await start(key);
      await runStage(wf.id);
      await runStage(wf.id);
      const status = await get(key, `/api/v1/workflows/${wf.id}/status`);
      expect(status.status).to.equal(200);
      expect(status.body).to.deep.include({ id: wf.id, state: 'COMPLETED', retry_count: 0, output: { stage: 'index' }, last_error: null });
      expect(status.body.progress).to.deep.equal({ stages_done: 2, stages_total: 2, percent: 100, message: null });
      expect(status.body.metadata).to.include({ version: 6, definition_version: 1, priority: 0, next_attempt_at: null });

      const history = await get(key, `/api/v1/workflows/${wf.id}/history`);
      expect(history.body.items.map((t: Json) => `${t.from_state}>${t.to_state}`)).to.deep.equal([
        'null>CREATED', 'CREATED>QUEUED', 'QUEUED>PROCESSING', 'PROCESSING>QUEUED', 'QUEUED>PROCESSING', 'PROCESSING>COMPLETED',
      ]);
      const tenantId = (await db.query('select tenant_id from workflow.workflows where id = $1', [wf.id])).rows[0].tenant_id as string;
      const viaGrpc = await grpc.call('GetWorkflowHistory', { tenant_id: tenantId, id: wf.id });
      expect(history.body.items.map((t: Json) => [t.version, t.to_state, t.actor, t.at])).to.deep.equal(viaGrpc.transitions.map((t) => [t.version, t.to_state, t.actor, t.at]));
      const paged = await get(key, `/api/v1/workflows/${wf.id}/history?limit=4`);
      expect(paged.body.items).to.have.length(4);
      expect(paged.body.next).to.match(new RegExp(`^/api/v1/workflows/${wf.id}/history\\?limit=4&cursor=`));
      expect((await get(key, paged.body.next)).body.items).to.deep.equal(history.body.items.slice(4));

      const explain = await get(key, `/api/v1/workflows/${wf.id}/explain`);
      expect(explain.body.summary).to.match(/^Completed all 2 stages at /);
      expect(explain.body.stages.map((s: Json) => s.status)).to.deep.equal(['COMPLETED', 'COMPLETED']);
      expect(explain.body.allowed_actions).to.deep.equal([]);
    });

    it('explains a queued workflow by its place in line and a processing one by its lease holder', async () => {
      const key = await newTenant();
      const first = await start(key, QUEUE);
      const second = await start(key, QUEUE);
      const queued = await get(key, `/api/v1/workflows/${second.id}/explain`);
      expect(queued.body).to.include({ queue_position: 2, queue_length: 2 });
      expect(queued.body.summary).to.include('2nd of 2 in line');
      const c = await claim(first.id, 'worker-42');
      const running = await get(key, `/api/v1/workflows/${first.id}/explain`);
      expect(running.body.current_attempt).to.include({ worker_id: 'worker-42', state: 'RUNNING', lease_expires_at: c.lease_expires_at });
      expect(running.body.summary).to.include(`running on worker worker-42; its lease expires at ${c.lease_expires_at}`);
      expect(running.body.queue_position).to.equal(null);
      expect((await get(key, `/api/v1/workflows/${second.id}/explain`)).body).to.include({ queue_position: 1, queue_length: 1 });
    });
  });

  describe('metrics and the dashboard', () => {
    let key: string;
    before(async () => {
      key = await newTenant();
      const a = await start(key);
      await runStage(a.id, 200);
      await runStage(a.id, 100);
      const b = await start(key);
      await runStage(b.id);
      await runStage(b.id);
      await start(key); // stays QUEUED
    });

    it('answers GET /workflows/metrics with the metrics, not as a workflow id', async () => {
      const { status, body } = await get(key, '/api/v1/workflows/metrics');
      expect(status).to.equal(200);
      expect(body.time_range).to.equal('24h');
    });

    it('counts and times the tenant\'s workflows over the last hour, and per hour over seven days', async () => {
      const { body: m } = await get(key, '/api/v1/workflows/metrics?time_range=1h');
      expect(m.states).to.include({ COMPLETED: 2, QUEUED: 1, PROCESSING: 0, FAILED: 0 });
      expect(Object.keys(m.states)).to.have.length(11);
      expect(m).to.include({ created: 3, completed: 2, failed: 0, retries: 0, throughput_per_hour: 2, type: null });
      expect(m.duration_ms.avg).to.be.at.least(150); // a took ≥ 300 ms, b a few
      expect(m.duration_ms.p95).to.be.at.least(m.duration_ms.avg);
      const fetchStage = (m.stages as Json[]).find((s) => s.stage === 'fetch')!;
      expect(fetchStage).to.include({ workflow_type: TYPE, completed: 2, failed: 0, retried: 0 });
      expect(fetchStage.duration_ms.p99).to.be.at.least(190);
      expect(m.errors).to.deep.equal([]);
      const processing = (m.state_durations as Json[]).find((d) => d.state === 'PROCESSING')!;
      expect(processing.count).to.equal(4);
      expect(processing.p95_ms).to.be.at.least(processing.avg_ms);
      const week = await get(key, '/api/v1/workflows/metrics?time_range=7d');
      expect(week.body.throughput_per_hour).to.be.closeTo(2 / 168, 1e-9);
      expect((await get(key, `/api/v1/workflows/metrics?time_range=1h&type=${LINE}`)).body).to.include({ created: 0, completed: 0 });
    });

    it('summarises the dashboard for the tenant', async () => {
      const { status, body: d } = await get(key, '/api/v1/dashboard/summary');
      expect(status).to.equal(200);
      expect(d).to.include({ active: 1, active_leases: 0, window: '1h', throughput_per_hour: 2, error_rate: 0 });
      expect(d.avg_processing_ms).to.be.at.least(150);
      expect(d.states).to.include({ COMPLETED: 2, QUEUED: 1 });
      expect(d.recent.map((w: Json) => w.state)).to.deep.equal(['QUEUED', 'COMPLETED', 'COMPLETED']);
      expect(d.recent_failures).to.deep.equal([]);
      expect(d.oldest_queued_age_ms).to.be.a('number');
    });
  });

  it('declares every read route in /openapi.json', async () => {
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, Record<string, { operationId: string }>>; components: { schemas: Record<string, unknown> } };
    expect(doc.paths['/api/v1/workflows']?.get?.operationId).to.equal('listWorkflows');
    expect(doc.paths['/api/v1/workflows']?.post?.operationId).to.equal('createWorkflow');
    expect(doc.paths['/api/v1/workflows/metrics']?.get?.operationId).to.equal('getWorkflowMetrics');
    expect(doc.paths['/api/v1/workflows/{id}/status']?.get?.operationId).to.equal('getWorkflowStatus');
    expect(doc.paths['/api/v1/workflows/{id}/history']?.get?.operationId).to.equal('getWorkflowHistory');
    expect(doc.paths['/api/v1/workflows/{id}/explain']?.get?.operationId).to.equal('explainWorkflow');
    expect(doc.paths['/api/v1/dashboard/summary']?.get?.operationId).to.equal('getDashboardSummary');
    expect(doc.components.schemas).to.include.keys('WorkflowPage', 'TransitionPage', 'WorkflowExplanation', 'WorkflowStatus', 'WorkflowMetrics', 'DashboardSummary');
  });
});
