import { expect } from 'chai';
import { rejection } from '@sluice/testing';
import { defineStage, defineWorkflow, RateLimitedError, TransientError } from '@sluice/worker';
import { WorkflowFixture } from '../support/workflow-fixture.ts';

describe('a person controlling workflows: cancel, suspend, resume, retry', function () {
  this.timeout(60_000);
  let fx: WorkflowFixture;
  const tenant = 'tenant-control';
  const fast = { leaseTtlMs: 1000, heartbeatIntervalMs: 100 };
  const command = (rpc: 'CancelWorkflow' | 'SuspendWorkflow' | 'ResumeWorkflow' | 'RetryWorkflow', id: string, extra: Record<string, unknown> = {}) =>
    fx.client.call(rpc, { tenant_id: tenant, id, reason: 'test', actor: 'person:ada', ...extra });

  before(async () => {
    fx = await WorkflowFixture.start();
  });

  after(async () => {
    await fx?.stop();
  });

  it('cancels a running stage: its ctx.signal aborts and the workflow ends CANCELLED', async () => {
    let aborted: unknown;
    await fx.worker(
      [
        defineWorkflow({
          type: 'endless',
          stages: [
            defineStage({
              name: 'loop',
              handler: async (_input, ctx) => {
                await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve(), { once: true }));
                aborted = ctx.signal.reason;
                return 'should not be stored';
              },
            }),
          ],
        }),
      ],
      fast,
    );
    const wf = await fx.create(tenant, 'endless');
    await fx.until(tenant, wf.id, ['PROCESSING']);
    const requested = await command('CancelWorkflow', wf.id);
    expect(requested.state).to.equal('PROCESSING');
    const cancelled = await fx.until(tenant, wf.id, ['CANCELLED'], 10_000);
    expect(aborted).to.equal('workflow cancelled');
    expect(cancelled.output_json).to.equal('');
    const attempts = (await fx.db.query('select state from workflow.stage_attempts where workflow_id = $1', [wf.id])).rows.map((r) => r.state);
    expect(attempts).to.deep.equal(['RELEASED']);
    const audit = await fx.history(wf.id);
    expect(audit.at(-2)).to.include({ from_state: 'PROCESSING', to_state: 'PROCESSING', actor: 'person:ada' });
    expect(audit.at(-1)).to.include({ from_state: 'PROCESSING', to_state: 'CANCELLED' });
  });

  it('cancels a queued workflow at once, and no worker runs it afterwards', async () => {
    const wf = await fx.create(tenant, 'endless'); // workers of 'endless' are busy with nothing: it may be claimed…
    const cancelled = await command('CancelWorkflow', wf.id).catch(() => null);
    const final = await fx.until(tenant, wf.id, ['CANCELLED'], 10_000);
    expect(final.state).to.equal('CANCELLED');
    expect(cancelled === null || ['CANCELLED', 'PROCESSING'].includes(cancelled.state)).to.equal(true);
  });

  it('refuses to cancel a completed workflow with INVALID_TRANSITION and changes nothing', async () => {
    await fx.worker([defineWorkflow({ type: 'quick', stages: [defineStage({ name: 'go', handler: async () => ({ ok: true }) })] })]);
    const wf = await fx.create(tenant, 'quick');
    const done = await fx.until(tenant, wf.id, ['COMPLETED']);
    const err = await rejection(command('CancelWorkflow', wf.id));
    expect(err.code).to.equal('INVALID_TRANSITION');
    expect(err.message).to.equal(`workflow ${wf.id} cannot go from COMPLETED to CANCELLED`);
    expect(await fx.client.call('GetWorkflow', { tenant_id: tenant, id: wf.id })).to.deep.equal(done);
  });

  it('refuses a command with a stale expected_version with CONFLICT', async () => {
    const wf = await fx.create(tenant, 'quick');
    const done = await fx.until(tenant, wf.id, ['COMPLETED']);
    const err = await rejection(command('RetryWorkflow', wf.id, { expected_version: done.version - 1 }));
    expect(err.code).to.equal('CONFLICT');
  });

  it('suspends a running workflow with a reason and resumes it from the same stage', async () => {
    let runs = 0;
    await fx.worker(
      [
        defineWorkflow({
          type: 'review',
          stages: [
            defineStage({
              name: 'check',
              handler: async (_input, ctx) => {
                runs += 1;
                if (runs === 1) await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve(), { once: true }));
                return { runs };
              },
            }),
          ],
        }),
      ],
      fast,
    );
    const wf = await fx.create(tenant, 'review');
    await fx.until(tenant, wf.id, ['PROCESSING']);
    const missing = await rejection(fx.client.call('SuspendWorkflow', { tenant_id: tenant, id: wf.id, reason: '  ' }));
    expect(missing.code).to.equal('INVALID_ARGUMENT');
    await command('SuspendWorkflow', wf.id, { reason: 'waiting for legal' });
    await fx.until(tenant, wf.id, ['SUSPENDED'], 10_000);
    const reason = (await fx.db.query('select suspend_reason from workflow.workflows where id = $1', [wf.id])).rows[0].suspend_reason;
    expect(reason).to.equal('waiting for legal');
    await command('ResumeWorkflow', wf.id);
    const done = await fx.until(tenant, wf.id, ['COMPLETED']);
    expect(JSON.parse(done.output_json)).to.deep.equal({ runs: 2 });
  });

  it('retries a FAILED workflow with fresh attempts', async () => {
    let calls = 0;
    await fx.worker([
      defineWorkflow({
        type: 'fragile',
        stages: [
          defineStage({
            name: 'try',
            retry: { maxAttempts: 1 },
            handler: async () => {
              calls += 1;
              if (calls === 1) throw new TransientError('down');
              return { calls };
            },
          }),
        ],
      }),
    ]);
    const wf = await fx.create(tenant, 'fragile');
    await fx.until(tenant, wf.id, ['FAILED']);
    const retried = await command('RetryWorkflow', wf.id);
    expect(retried.state).to.equal('QUEUED');
    const done = await fx.until(tenant, wf.id, ['COMPLETED']);
    expect(JSON.parse(done.output_json)).to.deep.equal({ calls: 2 });
    expect(done.retry_count).to.equal(1);
  });

  it('resumes QUOTA_EXCEEDED workflows in bulk, filtered by quota resource', async () => {
    const tries = new Map<string, number>();
    const parkOnce = (resource: string) =>
      defineWorkflow({
        type: `parked-${resource}`,
        stages: [
          defineStage({
            name: 'call',
            quotaResource: `api:${resource}`,
            handler: async (_input, ctx) => {
              const n = (tries.get(ctx.workflowId) ?? 0) + 1;
              tries.set(ctx.workflowId, n);
              if (n === 1) throw new RateLimitedError('429', { retryAfterMs: 3_600_000 });
              return { n };
            },
          }),
        ],
      });
    await fx.worker([parkOnce('a'), parkOnce('b')]);
    const a1 = await fx.create(tenant, 'parked-a');
    const a2 = await fx.create(tenant, 'parked-a');
    const b1 = await fx.create(tenant, 'parked-b');
    for (const wf of [a1, a2, b1]) await fx.until(tenant, wf.id, ['QUOTA_EXCEEDED']);
    const res = await fx.client.call('ResumeQuotaExceeded', { tenant_id: tenant, quota_resource: 'api:a', actor: 'person:ada' });
    expect(res.resumed).to.equal(2);
    expect(res.workflow_ids).to.have.members([a1.id, a2.id]);
    for (const wf of [a1, a2]) expect((await fx.until(tenant, wf.id, ['COMPLETED'])).state).to.equal('COMPLETED');
    expect((await fx.client.call('GetWorkflow', { tenant_id: tenant, id: b1.id })).state).to.equal('QUOTA_EXCEEDED');
    const other = await fx.client.call('ResumeQuotaExceeded', { tenant_id: 'someone-else', quota_resource: '', actor: 'x' });
    expect(other.resumed).to.equal(0);
  });
});
