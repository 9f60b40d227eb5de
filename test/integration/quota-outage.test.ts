import { expect } from 'chai';
import type { ChildProcess } from 'node:child_process';
import { loadContracts, type QuotaServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { randomId } from '@sluice/testing';
import { defineStage, defineWorkflow } from '@sluice/worker';
import { WorkflowFixture } from '../support/workflow-fixture.ts';
import { QuotaWorkers, defineResource, quotaProcess } from '../support/quota-fixture.ts';
import { freePort } from '../support/free-port.ts';

const DEADLINE_MS = 250;

/**
 * The quota service is what these tests break, so it runs as a real process (its own
 * entry point) that they SIGKILL or SIGSTOP; the workflow service and the worker run here.
 */
describe('a quota stage while the quota service is down', function () {
  this.timeout(90_000);
  let fx: WorkflowFixture;
  let workers: QuotaWorkers;
  let port: number;
  let child: ChildProcess | undefined;
  let admin: GrpcClient<QuotaServiceClient>;
  const figures: string[] = [];

  before(async () => {
    fx = await WorkflowFixture.start();
    workers = new QuotaWorkers(fx);
    port = await freePort();
    child = await quotaProcess(fx.env, port);
    admin = createClient(loadContracts().services.quota, `127.0.0.1:${port}`);
  });

  afterEach(async () => {
    await workers.stop();
  });

  after(async () => {
    admin?.close();
    if (child?.exitCode === null) {
      child.kill('SIGCONT');
      child.kill('SIGKILL');
    }
    await fx?.stop();
    // Shown with the run: what the outage tests measured.
    if (figures.length > 0) process.stdout.write(`      quota outage: ${figures.join('; ')}\n`);
  });

  /** A worker whose one stage declares a quota (a generous limit: nothing here is refused for quota). */
  const start = async () => {
    const tenant = `t-${randomId(3)}`;
    const type = `outage-${randomId(3)}`;
    const resource = await defineResource(admin, [{ amount: 10_000, window: 'QUOTA_WINDOW_ROLLING', window_ms: 60_000 }]);
    const runs: string[] = [];
    await workers.start(
      [
        defineWorkflow({
          type,
          stages: [
            defineStage({
              name: 'call',
              quota: { resource, estimate: () => ({ requests: 1 }) },
              handler: async (_input, ctx) => {
                runs.push(ctx.workflowId);
                return { grant: ctx.quota.grant!.id };
              },
            }),
          ],
        }),
      ],
      { quotaAddress: `127.0.0.1:${port}`, quotaDeadlineMs: DEADLINE_MS, concurrency: 8 },
    );
    // One workflow through while the service is up: the channel is connected and warm.
    const warm = await fx.create(tenant, type);
    expect((await fx.until(tenant, warm.id, ['COMPLETED', 'FAILED'])).state).to.equal('COMPLETED');
    return { tenant, type, runs };
  };

  /** How long after its attempt started (PROCESSING) each workflow was parked (QUOTA_EXCEEDED), from the audit trail. */
  const parkLatencies = async (ids: string[]): Promise<number[]> => {
    const out: number[] = [];
    for (const id of ids) {
      const history = await fx.history(id);
      const i = history.findIndex((t) => t.to_state === 'QUOTA_EXCEEDED');
      expect(i, `workflow ${id} parked`).to.be.above(0);
      expect(history[i - 1]!.to_state).to.equal('PROCESSING');
      out.push(history[i]!.at.getTime() - history[i - 1]!.at.getTime());
    }
    return out;
  };

  it('parks stages within 250 ms when the service is killed, never fails them, and completes them once a service is back on the same port', async () => {
    const { tenant, type, runs } = await start();
    child!.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    runs.length = 0;

    const created = await Promise.all(Array.from({ length: 6 }, () => fx.create(tenant, type)));
    const ids = created.map((w) => w.id);
    for (const id of ids) {
      const parked = await fx.until(tenant, id, ['QUOTA_EXCEEDED', 'FAILED', 'COMPLETED']);
      expect(parked.state).to.equal('QUOTA_EXCEEDED');
      const error = JSON.parse(parked.last_error_json);
      expect(error).to.include({ code: 'QUOTA_UNAVAILABLE', category: 'rate_limited' });
      const backoff = Date.parse(parked.next_attempt_at) - Date.parse(parked.updated_at);
      expect(backoff, 'parked for the jittered 1-2 s backoff').to.be.within(900, 2_100);
    }
    const latencies = await parkLatencies(ids);
    figures.push(`SIGKILL: parked ${Math.min(...latencies)}-${Math.max(...latencies)} ms after the attempt started`);
    for (const ms of latencies) expect(ms).to.be.at.most(DEADLINE_MS);
    expect(runs, 'no handler runs without a grant').to.deep.equal([]);

    // Down for a few seconds more: the workflows go round (resume, park), none fails.
    await new Promise((r) => setTimeout(r, 3_000));
    for (const id of ids) expect((await fx.client.call('GetWorkflow', { tenant_id: tenant, id })).state).to.not.be.oneOf(['FAILED', 'SUSPENDED', 'COMPLETED']);
    expect(runs).to.deep.equal([]);

    const back = Date.now();
    child = await quotaProcess(fx.env, port);
    for (const id of ids) expect((await fx.until(tenant, id, ['COMPLETED', 'FAILED'], 20_000)).state).to.equal('COMPLETED');
    figures.push(`all ${ids.length} completed ${Date.now() - back} ms after the restart began`);
    expect([...runs].sort()).to.deep.equal([...ids].sort());
  });

  it('parks stages at its deadline when the service hangs (SIGSTOP), and completes them when it thaws', async () => {
    const { tenant, type, runs } = await start();
    child!.kill('SIGSTOP');
    runs.length = 0;
    try {
      const created = await Promise.all(Array.from({ length: 4 }, () => fx.create(tenant, type)));
      const ids = created.map((w) => w.id);
      for (const id of ids) {
        const parked = await fx.until(tenant, id, ['QUOTA_EXCEEDED', 'FAILED', 'COMPLETED']);
        expect(parked.state).to.equal('QUOTA_EXCEEDED');
        expect(JSON.parse(parked.last_error_json)).to.include({ code: 'QUOTA_UNAVAILABLE' });
      }
      const latencies = await parkLatencies(ids);
      figures.push(`SIGSTOP: parked ${Math.min(...latencies)}-${Math.max(...latencies)} ms after the attempt started (deadline ${DEADLINE_MS} ms, then FailStage)`);
      // The acquire waits out its deadline, then FailStage parks the workflow: a few ms more.
      for (const ms of latencies) expect(ms).to.be.within(DEADLINE_MS - 10, DEADLINE_MS + 150);
      expect(runs).to.deep.equal([]);

      child!.kill('SIGCONT');
      for (const id of ids) expect((await fx.until(tenant, id, ['COMPLETED', 'FAILED'], 20_000)).state).to.equal('COMPLETED');
      expect([...runs].sort()).to.deep.equal([...ids].sort());
    } finally {
      child!.kill('SIGCONT');
    }
  });
});
