import { expect } from 'chai';
import { defineStage, defineWorkflow, RateLimitedError, TransientError } from '@sluice/worker';
import { GatewayFixture } from '../support/gateway-fixture.ts';

describe('the gateway command routes', function () {
  this.timeout(60_000);
  let fx: GatewayFixture;
  let calls = 0;

  before(async () => {
    fx = await GatewayFixture.start();
    await fx.workflows.worker([
      defineWorkflow({ type: 'rest-ok', stages: [defineStage({ name: 'go', handler: async () => ({ ok: true }) })] }),
      defineWorkflow({
        type: 'rest-flaky',
        stages: [
          defineStage({
            name: 'go',
            retry: { maxAttempts: 1 },
            handler: async () => {
              calls += 1;
              if (calls === 1) throw new TransientError('down');
              return { calls };
            },
          }),
        ],
      }),
      defineWorkflow({
        type: 'rest-quota',
        stages: [
          defineStage({
            name: 'go',
            quotaResource: 'llm:big',
            handler: async (_input, ctx) => {
              if (ctx.attempt === 1) throw new RateLimitedError('429', { retryAfterMs: 3_600_000 });
              return { attempt: ctx.attempt };
            },
          }),
        ],
      }),
    ]);
  });

  after(async () => {
    await fx?.stop();
  });

  const start = async (key: string, type: string) => (await fx.request(key, 'POST', '/api/v1/workflows', { type })).body;
  const until = async (key: string, id: string, state: string) => {
    for (let i = 0; i < 400; i++) {
      const { body } = await fx.request(key, 'GET', `/api/v1/workflows/${id}`);
      if (body.state === state) return body;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`workflow ${id} never reached ${state}`);
  };

  it('answers an invalid transition with 409 INVALID_TRANSITION in the error shape, changing nothing', async () => {
    const { key } = await fx.tenant();
    const wf = await start(key, 'rest-ok');
    const done = await until(key, wf.id, 'COMPLETED');
    const res = await fx.request(key, 'POST', `/api/v1/workflows/${wf.id}/cancel`, { reason: 'too late' });
    expect(res.status).to.equal(409);
    expect(res.body.error.code).to.equal('INVALID_TRANSITION');
    expect(res.body.error.message).to.equal(`workflow ${wf.id} cannot go from COMPLETED to CANCELLED`);
    expect(res.body).to.include({ status_code: 409, path: `/api/v1/workflows/${wf.id}/cancel` });
    expect((await fx.request(key, 'GET', `/api/v1/workflows/${wf.id}`)).body).to.deep.equal(done);
  });

  it('retries a FAILED workflow, and says 409 CONFLICT for a stale expected_version', async () => {
    const { key } = await fx.tenant();
    const wf = await start(key, 'rest-flaky');
    const failed = await until(key, wf.id, 'FAILED');
    const stale = await fx.request(key, 'POST', `/api/v1/workflows/${wf.id}/retry`, { expected_version: failed.version - 1 });
    expect(stale.status).to.equal(409);
    expect(stale.body.error.code).to.equal('CONFLICT');
    const retried = await fx.request(key, 'POST', `/api/v1/workflows/${wf.id}/retry`, { reason: 'upstream is back', expected_version: failed.version });
    expect(retried.status).to.equal(200);
    expect(retried.body.state).to.equal('QUEUED');
    expect((await until(key, wf.id, 'COMPLETED')).output).to.deep.equal({ calls: 2 });
  });

  it('suspends with a required reason, resumes, and resumes QUOTA_EXCEEDED workflows in bulk', async () => {
    const { key } = await fx.tenant();
    const wf = await start(key, 'rest-quota');
    await until(key, wf.id, 'QUOTA_EXCEEDED');
    const noReason = await fx.request(key, 'POST', `/api/v1/workflows/${wf.id}/suspend`, {});
    expect(noReason.status).to.equal(400);
    expect(noReason.body.error.message).to.match(/body\.reason/);
    const suspended = await fx.request(key, 'POST', `/api/v1/workflows/${wf.id}/suspend`, { reason: 'budget review' });
    expect(suspended.body.state).to.equal('SUSPENDED');
    const nothing = await fx.request(key, 'POST', '/api/v1/workflows/resume-quota-exceeded', {});
    expect(nothing.body).to.deep.equal({ resumed: 0, workflow_ids: [] });
    const resumed = await fx.request(key, 'POST', `/api/v1/workflows/${wf.id}/resume`, {});
    expect(resumed.body.state).to.equal('QUEUED');
    expect((await until(key, wf.id, 'COMPLETED')).output).to.deep.equal({ attempt: 2 });

    const parked = await start(key, 'rest-quota');
    await until(key, parked.id, 'QUOTA_EXCEEDED');
    const bulk = await fx.request(key, 'POST', '/api/v1/workflows/resume-quota-exceeded', { quota_resource: 'llm:big' });
    expect(bulk.body).to.deep.equal({ resumed: 1, workflow_ids: [parked.id] });
    await until(key, parked.id, 'COMPLETED');
  });

  it('never lets one tenant command another tenant\'s workflow', async () => {
    const owner = await fx.tenant();
    const other = await fx.tenant();
    const wf = await start(owner.key, 'rest-quota');
    await until(owner.key, wf.id, 'QUOTA_EXCEEDED');
    const res = await fx.request(other.key, 'POST', `/api/v1/workflows/${wf.id}/cancel`, {});
    expect(res.status).to.equal(404);
    expect((await fx.request(owner.key, 'GET', `/api/v1/workflows/${wf.id}`)).body.state).to.equal('QUOTA_EXCEEDED');
    const bulk = await fx.request(other.key, 'POST', '/api/v1/workflows/resume-quota-exceeded', {});
    expect(bulk.body.resumed).to.equal(0);
  });

  it('sends a signal to a WAITING workflow, which goes on with the payload', async () => {
    await fx.workflows.worker([
      defineWorkflow({
        type: 'rest-approval',
        stages: [defineStage({ name: 'approve', handler: async (_input, ctx) => ({ by: (await ctx.waitForSignal<{ by: string }>('approved')).by }) })],
      }),
    ]);
    const { key } = await fx.tenant();
    const wf = await start(key, 'rest-approval');
    await until(key, wf.id, 'WAITING');
    const bad = await fx.request(key, 'POST', `/api/v1/workflows/${wf.id}/signal`, { name: 'not a name' });
    expect(bad.status).to.equal(400);
    const sent = await fx.request(key, 'POST', `/api/v1/workflows/${wf.id}/signal`, { name: 'approved', payload: { by: 'grace' }, idempotency_key: 'k1' });
    expect(sent.status).to.equal(200);
    expect((await until(key, wf.id, 'COMPLETED')).output).to.deep.equal({ by: 'grace' });
  });

  it('answers a workflow over the tenant\'s queue limit with 429 RESOURCE_EXHAUSTED', async () => {
    await fx.workflows.client.call('RegisterDefinition', { type: 'rest-capped', stages: [{ name: 'wait' }], max_queued_per_tenant: 1 });
    const { key } = await fx.tenant();
    expect((await fx.request(key, 'POST', '/api/v1/workflows', { type: 'rest-capped' })).status).to.equal(201);
    const over = await fx.request(key, 'POST', '/api/v1/workflows', { type: 'rest-capped' });
    expect(over.status).to.equal(429);
    expect(over.body.error.code).to.equal('RESOURCE_EXHAUSTED');
    expect(over.body.error.details).to.include({ type: 'rest-capped', waiting: 1, limit: 1 });
  });

  it('documents the command routes in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${fx.base}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const path of ['cancel', 'suspend', 'resume', 'retry', 'signal']) expect(doc.paths[`/api/v1/workflows/{id}/${path}`]).to.have.property('post');
    expect(doc.paths['/api/v1/workflows/resume-quota-exceeded']).to.have.property('post');
  });
});
