import { expect } from 'chai';
import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadContracts, type Workflow__Output, type WorkflowServiceClient, type WorkflowMetrics__Output } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { suiteEnv, rejection, randomId } from '@sluice/testing';
import { startWorkflowService, type WorkflowService } from '../src/start.ts';
import { readConfig } from '../src/config.ts';

describe('the workflow read side (queries)', function () {
  this.timeout(30_000);
  let service: WorkflowService;
  let client: GrpcClient<WorkflowServiceClient>;
  let db: pg.Client;
  // Definitions are platform-wide and queues are per type and stage across tenants: types of
  // this file's own keep its queue positions and metrics apart from other test files in the run.
  const p = `q${randomId(3)}`;
  const ONE = `${p}-one`;
  const TWO = `${p}-two`;
  const tenant = () => `tenant-${randomId(4)}`;

  const create = (tenantId: string, type: string, priority = 0) => client.call('CreateWorkflow', { tenant_id: tenantId, type, input_json: '{}', priority });

  /** The workflow's QUEUED attempt (waiting for it: the scheduler queues retries by itself). */
  async function queuedAttempt(workflowId: string, attempt = 1): Promise<string> {
    for (let i = 0; i < 100; i++) {
      const rows = (await db.query("select id from workflow.stage_attempts where workflow_id = $1 and state = 'QUEUED' and attempt = $2", [workflowId, attempt])).rows;
      if (rows.length > 0) return rows[0].id as string;
      await sleep(50);
    }
    throw new Error(`attempt ${attempt} of ${workflowId} was never queued`);
  }

  const claim = async (workflowId: string, worker = 'w-test', attempt = 1) =>
    client.call('ClaimStage', { attempt_id: await queuedAttempt(workflowId, attempt), worker_id: worker, lease_ttl_ms: 30_000 });

  /** Claims the current stage, works for `ms`, completes it. */
  async function runStage(workflowId: string, ms = 0, attempt = 1): Promise<Workflow__Output> {
    const c = await claim(workflowId, 'w-test', attempt);
    if (ms > 0) await sleep(ms);
    return client.call('CompleteStage', { attempt_id: c.attempt_id, fence: c.fence, output_json: '{"ok":true}' });
  }

  async function listAll(tenantId: string, extra: Record<string, unknown> = {}): Promise<string[]> {
    return (await client.call('ListWorkflows', { tenant_id: tenantId, ...extra })).workflows.map((w) => w.id);
  }

  before(async () => {
    const env = suiteEnv();
    service = await startWorkflowService(
      readConfig({ DATABASE_URL: env.databaseUrl, NATS_URL: env.natsUrl, SLUICE_SUBJECT_PREFIX: env.prefix, SLUICE_GRPC_PORT: '0', SLUICE_OPS_PORT: '0', LOG_LEVEL: 'silent', SLUICE_HOST: '127.0.0.1' }),
    );
    client = createClient(loadContracts().services.workflow, `127.0.0.1:${service.grpcPort}`);
    db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
    await client.call('RegisterDefinition', { type: ONE, stages: [{ name: 'only', quota_resource: 'openai:gpt-4o' }] });
    // One retry, due at once (no backoff, no jitter), so a transient failure comes back as attempt 2.
    const retryOnce = { max_attempts: 2, initial_delay_ms: 1, multiplier: 1, max_delay_ms: 1, jitter: 0 };
    await client.call('RegisterDefinition', { type: TWO, stages: [{ name: 'fetch', retry: retryOnce }, { name: 'index' }] });
  });

  after(async () => {
    client?.close();
    await db?.end();
    await service?.shutdown();
  });

  describe('ListWorkflows', () => {
    it('lists a tenant\'s workflows newest first, filtered by state, type, stage and creation time', async () => {
      const t = tenant();
      const made: Workflow__Output[] = [];
      for (const type of [ONE, ONE, TWO, TWO, ONE]) {
        made.push(await create(t, type));
        await sleep(5); // distinct milliseconds, so the RFC 3339 bounds below separate them
      }
      await runStage(made[0]!.id);
      const newestFirst = made.map((w) => w.id).reverse();
      expect(await listAll(t)).to.deep.equal(newestFirst);
      expect(await listAll(t, { states: ['COMPLETED'] })).to.deep.equal([made[0]!.id]);
      expect(await listAll(t, { states: ['COMPLETED', 'QUEUED'] })).to.deep.equal(newestFirst);
      expect(await listAll(t, { states: ['PROCESSING'] })).to.deep.equal([]);
      expect(await listAll(t, { type: TWO })).to.deep.equal([made[3]!.id, made[2]!.id]);
      expect(await listAll(t, { type: TWO, current_stage: 'fetch' })).to.deep.equal([made[3]!.id, made[2]!.id]);
      expect(await listAll(t, { current_stage: 'only', states: ['QUEUED'] })).to.deep.equal([made[4]!.id, made[1]!.id]);
      expect(await listAll(t, { created_after: made[2]!.created_at })).to.deep.equal(newestFirst.slice(0, 3));
      expect(await listAll(t, { created_before: made[2]!.created_at })).to.deep.equal(newestFirst.slice(3));
      expect(await listAll(t, { created_after: made[1]!.created_at, created_before: made[3]!.created_at })).to.deep.equal([made[2]!.id, made[1]!.id]);
    });

    it('walks every row exactly once, in order, two per page, while workflows are created between pages', async () => {
      const t = tenant();
      const existing: string[] = [];
      for (let i = 0; i < 5; i++) existing.unshift((await create(t, ONE)).id);
      const seen: string[] = [];
      let cursor = '';
      let pages = 0;
      do {
        const page = await client.call('ListWorkflows', { tenant_id: t, page_size: 2, cursor });
        expect(page.workflows.length).to.be.at.most(2);
        seen.push(...page.workflows.map((w) => w.id));
        cursor = page.next_cursor;
        pages += 1;
        await create(t, ONE); // newer than every cursor: must not show up in later pages
      } while (cursor !== '' && pages < 10);
      expect(seen).to.deep.equal(existing);
      expect(pages).to.equal(3);
    });

    it('never shows another tenant\'s workflows', async () => {
      const mine = tenant();
      const theirs = tenant();
      const wf = await create(theirs, ONE);
      expect(await listAll(mine)).to.deep.equal([]);
      expect(await listAll(theirs)).to.deep.equal([wf.id]);
      for (const method of ['GetWorkflowHistory', 'ExplainWorkflow'] as const) {
        const err = await rejection(client.call(method, { tenant_id: mine, id: wf.id }));
        expect(err.code, method).to.equal('NOT_FOUND');
      }
    });

    const historyCursor = Buffer.from(JSON.stringify(['tr1', '5'])).toString('base64url');
    const bad: Array<[string, string, Record<string, unknown>, string]> = [
      ['a cursor that is not base64url', 'ListWorkflows', { cursor: 'not a cursor!' }, 'cursor'],
      ['a cursor of another list', 'ListWorkflows', { cursor: historyCursor }, 'cursor'],
      ['a cursor with a forged key', 'ListWorkflows', { cursor: Buffer.from(JSON.stringify(['wf1', '1', "x' or 1=1"])).toString('base64url') }, 'cursor'],
      ['an unspecified state', 'ListWorkflows', { states: ['WORKFLOW_STATE_UNSPECIFIED'] }, 'states'],
      ['a page size over 500', 'ListWorkflows', { page_size: 501 }, 'page_size'],
      ['a negative page size', 'ListWorkflows', { page_size: -1 }, 'page_size'],
      ['a creation bound that is not RFC 3339', 'ListWorkflows', { created_after: '2025-01-01' }, 'created_after'],
      ['an empty creation range', 'ListWorkflows', { created_after: '2025-01-02T00:00:00Z', created_before: '2025-01-01T00:00:00Z' }, 'created_before'],
      ['a bad type', 'ListWorkflows', { type: 'Not A Type' }, 'type'],
      ['a history id that is not a UUID', 'GetWorkflowHistory', { id: 'wf-1' }, 'id'],
      ['a metrics window starting in the future', 'GetWorkflowMetrics', { since: '2999-01-01T00:00:00Z' }, 'since'],
      ['a metrics window over 31 days', 'GetWorkflowMetrics', { since: '2020-01-01T00:00:00Z' }, 'since'],
      ['a metrics window that is not a time', 'GetWorkflowMetrics', { since: 'an hour ago' }, 'since'],
    ];
    for (const [name, method, request, field] of bad) {
      it(`refuses ${name} with INVALID_ARGUMENT naming ${field}`, async () => {
        const err = await rejection(client.call(method as 'ListWorkflows', { tenant_id: 'tenant-bad', ...request }));
        expect(err.code).to.equal('INVALID_ARGUMENT');
        expect(err.details).to.include({ field });
      });
    }
  });

  describe('GetWorkflowHistory', () => {
    it('returns the audit trail of a completed two-stage run in order, in pages', async () => {
      const t = tenant();
      const wf = await create(t, TWO);
      await runStage(wf.id);
      await runStage(wf.id);
      const { transitions, next_cursor } = await client.call('GetWorkflowHistory', { tenant_id: t, id: wf.id });
      expect(next_cursor).to.equal('');
      expect(transitions.map((r) => `${r.from_state}>${r.to_state}@${r.stage}`)).to.deep.equal([
        'WORKFLOW_STATE_UNSPECIFIED>CREATED@', 'CREATED>QUEUED@fetch',
        'QUEUED>PROCESSING@fetch', 'PROCESSING>QUEUED@index',
        'QUEUED>PROCESSING@index', 'PROCESSING>COMPLETED@index',
      ]);
      expect(transitions.map((r) => r.version)).to.deep.equal([1, 2, 3, 4, 5, 6]);
      expect(transitions.filter((r) => r.to_state === 'PROCESSING').map((r) => r.actor)).to.deep.equal(['worker:w-test', 'worker:w-test']);
      const times = transitions.map((r) => Date.parse(r.at));
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
      expect(JSON.parse(transitions[2]!.metadata_json)).to.include.keys('attempt_id');
      const done = await client.call('GetWorkflow', { tenant_id: t, id: wf.id });
      expect(transitions.at(-1)!.version).to.equal(done.version);

      const first = await client.call('GetWorkflowHistory', { tenant_id: t, id: wf.id, page_size: 4 });
      const second = await client.call('GetWorkflowHistory', { tenant_id: t, id: wf.id, page_size: 4, cursor: first.next_cursor });
      expect([...first.transitions, ...second.transitions]).to.deep.equal(transitions);
      expect(second.next_cursor).to.equal('');
    });
  });

  describe('ListStageAttempts', () => {
    it('lists every attempt of a workflow oldest first, in pages, with the priority each was queued at', async () => {
      const t = tenant();
      const wf = await create(t, TWO, 3);
      const c1 = await claim(wf.id);
      await client.call('FailStage', { attempt_id: c1.attempt_id, fence: c1.fence, category: 'ERROR_CATEGORY_TRANSIENT', code: 'UPSTREAM_TIMEOUT', message: 'timed out' });
      await runStage(wf.id, 0, 2);
      await runStage(wf.id);
      const { attempts, next_cursor } = await client.call('ListStageAttempts', { tenant_id: t, workflow_id: wf.id });
      expect(next_cursor).to.equal('');
      expect(attempts.map((a) => `${a.stage}#${a.attempt}:${a.state}@${a.priority}`)).to.deep.equal([
        'fetch#1:ATTEMPT_STATE_FAILED@3', 'fetch#2:ATTEMPT_STATE_COMPLETED@3', 'index#1:ATTEMPT_STATE_COMPLETED@3',
      ]);
      expect(attempts[0]!.id).to.equal(c1.attempt_id);
      expect(JSON.parse(attempts[0]!.error_json)).to.include({ code: 'UPSTREAM_TIMEOUT' });
      expect(attempts.every((a) => a.worker_id === 'w-test' && a.fence !== '')).to.equal(true);

      const first = await client.call('ListStageAttempts', { tenant_id: t, workflow_id: wf.id, page_size: 2 });
      const second = await client.call('ListStageAttempts', { tenant_id: t, workflow_id: wf.id, page_size: 2, cursor: first.next_cursor });
      expect([...first.attempts, ...second.attempts]).to.deep.equal(attempts);
      expect(second.next_cursor).to.equal('');

      expect((await rejection(client.call('ListStageAttempts', { tenant_id: tenant(), workflow_id: wf.id }))).code).to.equal('NOT_FOUND');
      const history = await client.call('GetWorkflowHistory', { tenant_id: t, id: wf.id, page_size: 1 });
      const replayed = await rejection(client.call('ListStageAttempts', { tenant_id: t, workflow_id: wf.id, cursor: history.next_cursor }));
      expect(replayed.details).to.include({ field: 'cursor' });
    });
  });

  describe('ExplainWorkflow', () => {
    it('names a queued workflow\'s place in line: higher priority first, then the oldest', async () => {
      const t = tenant();
      const LINE = `${p}-line`;
      await client.call('RegisterDefinition', { type: LINE, stages: [{ name: 'wait' }] });
      const oldest = await create(t, LINE, 0);
      const urgent = await create(t, LINE, 5);
      const newest = await create(t, LINE, 0);
      const explain = (id: string) => client.call('ExplainWorkflow', { tenant_id: t, id });
      const last = await explain(newest.id);
      expect(last).to.include({ queue_position: 3, queue_length: 3 });
      expect(last.summary).to.include(`queued for a worker of ${LINE}/wait: 3rd of 3 in line`);
      expect(last.current_attempt?.state).to.equal('ATTEMPT_STATE_PENDING');
      expect(last.allowed_actions).to.have.members(['cancel', 'suspend']);
      expect((await explain(urgent.id)).queue_position).to.equal(1);
      expect((await explain(oldest.id)).queue_position).to.equal(2);
      await runStage(urgent.id);
      expect(await explain(newest.id)).to.include({ queue_position: 2, queue_length: 2 });
    });

    it('names the lease holder of a processing workflow and when its lease expires', async () => {
      const t = tenant();
      const wf = await create(t, TWO);
      const c = await claim(wf.id, 'worker-7');
      const x = await client.call('ExplainWorkflow', { tenant_id: t, id: wf.id });
      expect(x.workflow?.state).to.equal('PROCESSING');
      expect(x.current_attempt).to.include({ worker_id: 'worker-7', fence: c.fence, state: 'ATTEMPT_STATE_RUNNING', lease_expires_at: c.lease_expires_at });
      const beat = x.current_attempt!.heartbeat_at === '' ? 'no heartbeat yet' : `last heartbeat at ${x.current_attempt!.heartbeat_at}`;
      expect(x.summary).to.equal(`Stage fetch (attempt 1) is running on worker worker-7; its lease expires at ${c.lease_expires_at} (${beat}). 0 of 2 stages are done.`);
      expect(x.stages.map((s) => [s.name, s.status])).to.deep.equal([['fetch', 'STAGE_STATUS_RUNNING'], ['index', 'STAGE_STATUS_NOT_STARTED']]);
      expect(x.queue_position).to.equal(0);
    });

    it('explains parked workflows: quota until retry_at, suspension with its reason, and a completed run', async () => {
      const t = tenant();
      const parked = await create(t, ONE);
      const c1 = await claim(parked.id);
      const retryAt = new Date(Date.now() + 3_600_000).toISOString();
      await client.call('FailStage', { attempt_id: c1.attempt_id, fence: c1.fence, category: 'ERROR_CATEGORY_RATE_LIMITED', code: 'QUOTA_EXCEEDED', message: 'tokens per minute', retry_at: retryAt });
      const q = await client.call('ExplainWorkflow', { tenant_id: t, id: parked.id });
      expect(q).to.include({ quota_resource: 'openai:gpt-4o' });
      expect(q.workflow).to.include({ state: 'QUOTA_EXCEEDED', next_attempt_at: retryAt });
      expect(q.summary).to.include(`waits for quota on openai:gpt-4o until ${retryAt}`);
      expect(q.allowed_actions).to.have.members(['cancel', 'suspend', 'resume_quota']);

      const bad = await create(t, ONE);
      const c2 = await claim(bad.id);
      await client.call('FailStage', { attempt_id: c2.attempt_id, fence: c2.fence, category: 'ERROR_CATEGORY_INVALID_INPUT', code: 'BAD_URL', message: 'the url has no host' });
      const s = await client.call('ExplainWorkflow', { tenant_id: t, id: bad.id });
      expect(s).to.include({ suspend_reason: 'the url has no host' });
      expect(s.summary).to.include('Suspended at stage only: the url has no host');
      expect(s.allowed_actions).to.have.members(['cancel', 'resume']);
      expect(JSON.parse(s.stages[0]!.last_error_json)).to.include({ code: 'BAD_URL' });

      const done = await create(t, TWO);
      await runStage(done.id);
      await runStage(done.id);
      const d = await client.call('ExplainWorkflow', { tenant_id: t, id: done.id });
      expect(d.stages.map((x) => [x.status, x.attempts, x.progress_percent])).to.deep.equal([['STAGE_STATUS_COMPLETED', 1, 100], ['STAGE_STATUS_COMPLETED', 1, 100]]);
      expect(d.summary).to.match(/^Completed all 2 stages at \d{4}-/);
      expect(d.allowed_actions).to.deep.equal([]);
    });
  });

  describe('GetWorkflowMetrics and GetDashboardSummary', () => {
    const t = `tenant-metrics-${randomId(3)}`;
    let metrics: WorkflowMetrics__Output;

    before(async () => {
      // a: both stages done, fetch after ~200 ms and index after ~100 ms
      const a = await create(t, TWO);
      await runStage(a.id, 200);
      await runStage(a.id, 100);
      // b: fetch fails (transient), is retried by the scheduler, then both stages done
      const b = await create(t, TWO);
      const b1 = await claim(b.id);
      await client.call('FailStage', { attempt_id: b1.attempt_id, fence: b1.fence, category: 'ERROR_CATEGORY_TRANSIENT', code: 'UPSTREAM_TIMEOUT', message: 'timed out' });
      await runStage(b.id, 50, 2);
      await runStage(b.id);
      // c: suspended for invalid input; d: still queued; e: held by a worker
      const c = await create(t, TWO);
      const c1 = await claim(c.id);
      await client.call('FailStage', { attempt_id: c1.attempt_id, fence: c1.fence, category: 'ERROR_CATEGORY_INVALID_INPUT', code: 'BAD_URL', message: 'no host' });
      await create(t, TWO);
      await claim((await create(t, TWO)).id, 'w-busy');
      metrics = await client.call('GetWorkflowMetrics', { tenant_id: t, since: new Date(Date.now() - 3_600_000).toISOString() });
    });

    it('counts the tenant\'s workflows by state, and those created and completed in the window', () => {
      const states = Object.fromEntries(metrics.states.map((s) => [s.state, s.count]));
      expect(states).to.deep.equal({ COMPLETED: 2, SUSPENDED: 1, QUEUED: 1, PROCESSING: 1 });
      expect(metrics).to.include({ tenant_id: t, created: 5, completed: 2, failed: 0, retries: 1 });
      expect(metrics.completed_per_minute).to.be.closeTo(2 / 60, 1e-3);
      expect(metrics.duration_avg_ms).to.be.at.least(150);
      expect(metrics.duration_p95_ms).to.be.at.least(metrics.duration_avg_ms);
      expect(metrics.duration_p50_ms).to.be.at.most(metrics.duration_p95_ms);
    });

    it('measures time in each state from consecutive transitions', () => {
      const by = Object.fromEntries(metrics.state_durations.map((d) => [d.state, d]));
      // Stays that ended: CREATED ×5, QUEUED ×7 (a 2, b 3, c 1, e 1), PROCESSING ×6 (a 2, b 3, c 1), RETRYING ×1 (b).
      expect(Object.fromEntries(metrics.state_durations.map((d) => [d.state, d.count]))).to.deep.equal({ CREATED: 5, QUEUED: 7, PROCESSING: 6, RETRYING: 1 });
      expect(by.PROCESSING!.avg_ms).to.be.at.least((200 + 100 + 50) / 6);
      expect(by.PROCESSING!.p95_ms).to.be.at.least(by.PROCESSING!.avg_ms);
      expect(by.PROCESSING!.p95_ms).to.be.at.least(150);
    });

    it('gives per-stage counts, retries and durations, and errors by category and code', () => {
      const stages = Object.fromEntries(metrics.stages.map((s) => [s.stage, s]));
      expect(stages.fetch).to.include({ workflow_type: TWO, completed: 2, failed: 2, retried: 1 });
      expect(stages.index).to.include({ workflow_type: TWO, completed: 2, failed: 0, retried: 0 });
      expect(stages.fetch!.duration_avg_ms).to.be.at.least((200 + 50) / 4);
      expect(stages.fetch!.duration_p99_ms).to.be.at.least(190);
      expect(stages.fetch!.duration_p95_ms).to.be.at.least(stages.fetch!.duration_avg_ms);
      expect(stages.index!.duration_avg_ms).to.be.at.least(100 / 2);
      expect(metrics.errors).to.have.deep.members([
        { category: 'transient', code: 'UPSTREAM_TIMEOUT', count: 1 },
        { category: 'invalid_input', code: 'BAD_URL', count: 1 },
      ]);
    });

    it('scopes metrics to a type, and to the tenant', async () => {
      const other = await client.call('GetWorkflowMetrics', { tenant_id: t, type: ONE });
      expect(other).to.include({ created: 0, completed: 0 });
      expect(other.states).to.deep.equal([]);
      const stranger = await client.call('GetWorkflowMetrics', { tenant_id: tenant() });
      expect(stranger).to.include({ created: 0, retries: 0 });
      expect(stranger.stages).to.deep.equal([]);
    });

    it('summarises the dashboard: active workflows, leases, recent failures and the last hour\'s rates', async () => {
      const d = await client.call('GetDashboardSummary', { tenant_id: t });
      expect(d).to.include({ tenant_id: t, active: 3, active_leases: 1, window_ms: '3600000' });
      expect(d.completed_per_hour).to.equal(2);
      expect(d.error_rate).to.be.closeTo(2 / 6, 1e-9); // fetch: 2 failed, 2 completed; index: 2 completed
      expect(d.avg_processing_ms).to.be.closeTo(metrics.duration_avg_ms, 1e-6);
      expect(Number(d.oldest_queued_age_ms)).to.be.greaterThan(0);
      expect(d.recent.map((w) => w.state)).to.deep.equal(['PROCESSING', 'QUEUED', 'SUSPENDED', 'COMPLETED', 'COMPLETED']);
      expect(d.recent_failures.map((w) => w.state)).to.deep.equal(['SUSPENDED']);
      expect(d.states.reduce((n, s) => n + s.count, 0)).to.equal(5);
    });
  });

  describe('WatchWorkflow', () => {
    it('sends the workflow, then each transition, and ends once it completes', async () => {
      const t = tenant();
      const wf = await create(t, ONE);
      const updates: string[] = [];
      const watching = (async () => {
        for await (const u of client.stream('WatchWorkflow', { tenant_id: t, id: wf.id })) {
          updates.push(u.transition ? `${u.transition.from_state}>${u.transition.to_state}` : `now:${u.workflow?.state}`);
        }
      })();
      await sleep(300);
      await runStage(wf.id, 300);
      await watching;
      expect(updates).to.deep.equal(['now:QUEUED', 'QUEUED>PROCESSING', 'PROCESSING>COMPLETED']);
    });

    it('answers NOT_FOUND for another tenant\'s workflow', async () => {
      const wf = await create(tenant(), ONE);
      const err = await rejection((async () => {
        for await (const _ of client.stream('WatchWorkflow', { tenant_id: tenant(), id: wf.id })) { /* none */ }
      })());
      expect(err.code).to.equal('NOT_FOUND');
    });
  });
});
