import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { rejection } from '@sluice/testing';
import { defineStage, defineWorkflow } from '@sluice/worker';
import { WorkflowFixture } from '../support/workflow-fixture.ts';
import { ROOT } from '../support/platform-harness.ts';

const TTL_MS = 1000;

/** Starts test/support/chaos-worker.ts; resolves once it pulls tasks, with a promise for its first claim. */
async function chaosWorker(fx: WorkflowFixture, workerId: string, handlerMs: number): Promise<{ child: ChildProcess; started: Promise<void> }> {
  const child = spawn(process.execPath, [join(ROOT, 'test/support/chaos-worker.ts')], {
    cwd: join(ROOT, 'test'),
    env: {
      ...process.env,
      SLUICE_WORKFLOW_ADDR: fx.address,
      NATS_URL: fx.env.natsUrl,
      SLUICE_SUBJECT_PREFIX: fx.env.prefix,
      SLUICE_CHAOS_WORKER_ID: workerId,
      SLUICE_CHAOS_HANDLER_MS: String(handlerMs),
      SLUICE_CHAOS_LEASE_TTL_MS: String(TTL_MS),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  let onStarted!: () => void;
  const started = new Promise<void>((r) => (onStarted = r));
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`chaos worker exited with ${code}`)));
    lines.on('line', (line) => {
      if (line === 'ready') resolve();
      if (line.startsWith('started ')) onStarted();
    });
  });
  return { child, started };
}

describe('lock leases with fencing tokens, against real worker processes', function () {
  this.timeout(60_000);
  let fx: WorkflowFixture;
  const tenant = 'tenant-leases';
  const children: ChildProcess[] = [];

  before(async () => {
    fx = await WorkflowFixture.start({ SLUICE_WORKFLOW_REAPER_INTERVAL: '100ms' });
  });

  afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  });

  after(async () => {
    await fx?.stop();
  });

  const takeover = defineWorkflow({
    type: 'chaos',
    stages: [defineStage({ name: 'slow', retry: { maxAttempts: 5, initialDelayMs: 10, jitter: 0 }, handler: async () => ({ by: 'rescuer' }) })],
  });

  it('keeps a lease alive with heartbeats while a stage runs for several TTLs', async () => {
    const worker = await fx.worker(
      [defineWorkflow({ type: 'marathon', stages: [defineStage({ name: 'run', handler: async () => new Promise((r) => setTimeout(() => r({ done: true }), 3 * TTL_MS)) })] })],
      { leaseTtlMs: TTL_MS, heartbeatIntervalMs: 200 },
    );
    const wf = await fx.create(tenant, 'marathon');
    await fx.until(tenant, wf.id, ['COMPLETED'], 10_000);
    const attempts = (await fx.db.query('select state from workflow.stage_attempts where workflow_id = $1', [wf.id])).rows.map((r) => r.state);
    expect(attempts).to.deep.equal(['COMPLETED']);
    await worker.shutdown();
  });

  it('hands the stage of a SIGKILLed worker to another within TTL + 1 s, and refuses the dead one\'s late completion with LEASE_LOST', async () => {
    const { child, started } = await chaosWorker(fx, 'doomed', 60_000);
    children.push(child);
    const wf = await fx.create(tenant, 'chaos');
    await started;
    const held = (await fx.db.query("select id, fence from workflow.stage_attempts where workflow_id = $1 and state = 'RUNNING'", [wf.id])).rows[0] as { id: string; fence: string };
    child.kill('SIGKILL');
    const killedAt = Date.now();
    const rescuer = await fx.worker([takeover], { workerId: 'rescuer' });
    const done = await fx.until(tenant, wf.id, ['COMPLETED'], 10_000);
    await rescuer.shutdown();
    const reclaimed = (await fx.db.query("select started_at from workflow.stage_attempts where workflow_id = $1 and lease_owner = 'rescuer'", [wf.id])).rows[0] as { started_at: Date };
    expect(reclaimed.started_at.getTime() - killedAt).to.be.at.most(TTL_MS + 1000);
    expect(JSON.parse(done.output_json)).to.deep.equal({ by: 'rescuer' });
    const late = await rejection(fx.client.call('CompleteStage', { attempt_id: held.id, fence: held.fence, output_json: '{"by":"doomed"}' }));
    expect(late.code).to.equal('LEASE_LOST');
    const after = await fx.client.call('GetWorkflow', { tenant_id: tenant, id: wf.id });
    expect(JSON.parse(after.output_json)).to.deep.equal({ by: 'rescuer' });
    const expired = (await fx.db.query('select state, output from workflow.stage_attempts where id = $1', [held.id])).rows[0];
    expect(expired).to.deep.equal({ state: 'EXPIRED', output: null });
    // The reaper's work shows on the service's /metrics; none of its rounds failed.
    const metrics = await (await fetch(`http://127.0.0.1:${fx.service.opsPort}/metrics`)).text();
    expect(metrics).to.match(/^sluice_workflow_background_moved_total\{task="lease reaper"[^}]*\} [1-9]/m);
    expect(metrics).to.not.match(/^sluice_workflow_background_rounds_total\{[^}]*outcome="failed"[^}]*\} [1-9]/m);
  });

  it('lets a worker frozen past its lease (SIGSTOP, SIGCONT) commit nothing', async () => {
    // The frozen worker's stage takes 1.5 s; it is stopped for 3 s, long past its 1 s lease.
    const { child, started } = await chaosWorker(fx, 'frozen', 1500);
    children.push(child);
    const wf = await fx.create(tenant, 'chaos');
    await started;
    child.kill('SIGSTOP');
    const rescuer = await fx.worker([takeover], { workerId: 'rescuer' });
    await fx.until(tenant, wf.id, ['COMPLETED'], 10_000);
    await rescuer.shutdown();
    await new Promise((r) => setTimeout(r, 3000 - TTL_MS));
    child.kill('SIGCONT');
    // Give the thawed worker time to finish its handler and try to commit.
    await new Promise((r) => setTimeout(r, 2500));
    const attempts = (await fx.db.query('select lease_owner, state, output from workflow.stage_attempts where workflow_id = $1 order by attempt', [wf.id])).rows;
    expect(attempts.find((a) => a.lease_owner === 'frozen')).to.deep.include({ state: 'EXPIRED', output: null });
    expect(attempts.filter((a) => a.state === 'COMPLETED')).to.have.length(1);
    const final = await fx.client.call('GetWorkflow', { tenant_id: tenant, id: wf.id });
    expect(final.state).to.equal('COMPLETED');
    expect(JSON.parse(final.output_json)).to.deep.equal({ by: 'rescuer' });
  });
});
