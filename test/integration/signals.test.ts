import { expect } from 'chai';
import { rejection } from '@sluice/testing';
import { defineStage, defineWorkflow } from '@sluice/worker';
import { WorkflowFixture } from '../support/workflow-fixture.ts';

describe('WAITING for an external signal', function () {
  this.timeout(60_000);
  let fx: WorkflowFixture;
  const tenant = 'tenant-signals';
  const signal = (id: string, name: string, payload: unknown, key = '') =>
    fx.client.call('SignalWorkflow', { tenant_id: tenant, id, signal: name, payload_json: JSON.stringify(payload), actor: 'person:ada', idempotency_key: key });

  before(async () => {
    fx = await WorkflowFixture.start();
    await fx.worker([
      defineWorkflow({
        type: 'approval',
        stages: [
          defineStage<{ amount: number; timeout?: number }, { approved_by: string; amount: number }>({
            name: 'approve',
            handler: async (input, ctx) => {
              const decision = await ctx.waitForSignal<{ by: string }>('approved', input.timeout ?? 0);
              return { approved_by: decision.by, amount: input.amount };
            },
          }),
        ],
      }),
    ]);
  });

  after(async () => {
    await fx?.stop();
  });

  it('waits until the signal comes, then runs the stage again with its payload', async () => {
    const wf = await fx.create(tenant, 'approval', { amount: 120 });
    const waiting = await fx.until(tenant, wf.id, ['WAITING']);
    expect(waiting.current_stage).to.equal('approve');
    const row = (await fx.db.query('select wait_signal from workflow.workflows where id = $1', [wf.id])).rows[0];
    expect(row.wait_signal).to.equal('approved');
    await signal(wf.id, 'approved', { by: 'grace' }, 'approval-1');
    const done = await fx.until(tenant, wf.id, ['COMPLETED']);
    expect(JSON.parse(done.output_json)).to.deep.equal({ approved_by: 'grace', amount: 120 });
    const states = (await fx.history(wf.id)).map((t) => t.to_state);
    expect(states).to.deep.equal(['CREATED', 'QUEUED', 'PROCESSING', 'WAITING', 'QUEUED', 'PROCESSING', 'COMPLETED']);
  });

  it('delivers a repeated signal with the same idempotency key once, and refuses signals to a finished workflow', async () => {
    const wf = await fx.create(tenant, 'approval', { amount: 5 });
    await fx.until(tenant, wf.id, ['WAITING']);
    await signal(wf.id, 'approved', { by: 'ada' }, 'same');
    await signal(wf.id, 'approved', { by: 'mallory' }, 'same');
    const done = await fx.until(tenant, wf.id, ['COMPLETED']);
    expect(JSON.parse(done.output_json).approved_by).to.equal('ada');
    const stored = Number((await fx.db.query('select count(*) from workflow.workflow_signals where workflow_id = $1', [wf.id])).rows[0].count);
    expect(stored).to.equal(1);
    const late = await rejection(signal(wf.id, 'approved', { by: 'late' }));
    expect(late.code).to.equal('INVALID_TRANSITION');
  });

  it('fails a workflow whose signal does not come before the deadline', async () => {
    const wf = await fx.create(tenant, 'approval', { amount: 1, timeout: 300 });
    const failed = await fx.until(tenant, wf.id, ['FAILED'], 10_000);
    expect(JSON.parse(failed.last_error_json)).to.include({ code: 'SIGNAL_TIMEOUT' });
  });

  it('never lets one tenant signal another tenant\'s workflow', async () => {
    const wf = await fx.create(tenant, 'approval', { amount: 9 });
    await fx.until(tenant, wf.id, ['WAITING']);
    const err = await rejection(fx.client.call('SignalWorkflow', { tenant_id: 'intruder', id: wf.id, signal: 'approved', payload_json: '{"by":"intruder"}' }));
    expect(err.code).to.equal('NOT_FOUND');
    expect((await fx.client.call('GetWorkflow', { tenant_id: tenant, id: wf.id })).state).to.equal('WAITING');
  });
});
