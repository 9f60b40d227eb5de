import { expect } from 'chai';
import { createLogger } from '@sluice/logging';
import { randomId } from '@sluice/testing';
import { QuotaClient, defineStage, defineWorkflow, type QuotaGrant } from '@sluice/worker';
import { WorkflowFixture } from '../support/workflow-fixture.ts';
import { QuotaFixture, QuotaWorkers, defineResource, nextWindow } from '../support/quota-fixture.ts';

// FIXED windows of 3 s stand in for a provider's per-minute or per-day cap, so that each test
// waits for a reset in seconds. They reset every window_ms from the Unix epoch, so a test
// starts just after a window begins (nextWindow) and knows when it ends.
const WINDOW_MS = 3_000;
const silent = createLogger({ service: 'test-quota-client', level: 'silent' });

describe('a stage that declares a quota', function () {
  this.timeout(60_000);
  let fx: WorkflowFixture;
  let quota: QuotaFixture;
  let workers: QuotaWorkers;
  const clients: QuotaClient[] = [];

  before(async () => {
    fx = await WorkflowFixture.start();
    quota = await QuotaFixture.start(fx.env);
    workers = new QuotaWorkers(fx);
  });

  afterEach(async () => {
    await workers.stop();
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });

  after(async () => {
    await quota?.stop();
    await fx?.stop();
  });

  /** Someone else (a script with a QuotaClient) spends the tenant's window first. */
  const spend = async (tenant: string, resource: string, requests: number): Promise<QuotaGrant> => {
    const client = new QuotaClient({ address: quota.address, tenantId: tenant, log: silent });
    clients.push(client);
    const grant = await client.acquire(resource, { requests });
    return client.commit(grant);
  };

  /** The first stage's output, as stored with its completed attempt (a workflow's output_json is set once it ends). */
  const collected = async (workflowId: string): Promise<unknown> => {
    const { rows } = await fx.db.query("select output from workflow.stage_attempts where workflow_id = $1 and stage = 'collect' and state = 'COMPLETED'", [workflowId]);
    expect(rows).to.have.length(1);
    return rows[0].output;
  };

  it("parks in QUOTA_EXCEEDED before the handler runs when the window is used up, keeps the earlier stage's output, and completes after the reset by itself", async () => {
    const tenant = `t-${randomId(3)}`;
    const type = `digest-${randomId(3)}`;
    const resource = await defineResource(quota.client, [{ amount: 1, window_ms: WINDOW_MS }]);
    const calls: Array<{ at: number; input: unknown; grant: string | undefined }> = [];
    await workers.start(
      [
        defineWorkflow({
          type,
          stages: [
            defineStage({ name: 'collect', handler: async () => ({ pages: [1, 2, 3] }) }),
            defineStage<{ pages: number[] }, { summarised: number }>({
              name: 'summarise',
              quota: { resource, estimate: () => ({ requests: 1 }) },
              handler: async (input, ctx) => {
                calls.push({ at: Date.now(), input, grant: ctx.quota.grant?.id });
                return { summarised: input.pages.length };
              },
            }),
          ],
        }),
      ],
      { quotaAddress: quota.address },
    );
    const windowStart = await nextWindow(WINDOW_MS, 100);
    const windowEnd = windowStart + WINDOW_MS;
    await spend(tenant, resource, 1);

    const wf = await fx.create(tenant, type, {});
    const parked = await fx.until(tenant, wf.id, ['QUOTA_EXCEEDED', 'COMPLETED', 'FAILED']);
    expect(parked.state).to.equal('QUOTA_EXCEEDED');
    expect(Date.now(), 'parked within the window that was used up').to.be.below(windowEnd);
    expect(parked.current_stage).to.equal('summarise');
    expect(await collected(wf.id), "the earlier stage's output is kept").to.deep.equal({ pages: [1, 2, 3] });
    expect(Date.parse(parked.next_attempt_at), 'resumes when the window resets').to.equal(windowEnd);
    const error = JSON.parse(parked.last_error_json);
    expect(error).to.include({ code: 'QUOTA_EXCEEDED', category: 'rate_limited', stage: 'summarise' });
    // The keys the gateway's explain renders.
    expect(Object.keys(error.details).sort()).to.deep.equal(['denial_reason', 'limit', 'resource', 'retry_at']);
    expect(Object.keys(error.details.limit).sort()).to.deep.equal(['amount', 'id', 'name', 'partition', 'remaining', 'resets_at', 'scope', 'unit']);
    expect(error.details).to.include({ resource, denial_reason: 'DENIAL_REASON_WINDOW_EXHAUSTED', retry_at: new Date(windowEnd).toISOString() });
    expect(error.details.limit).to.include({ name: 'limit-0', unit: 'QUOTA_UNIT_REQUESTS', scope: 'QUOTA_SCOPE_TENANT', amount: 1, remaining: 0 });
    expect(Date.parse(error.details.limit.resets_at)).to.equal(windowEnd);
    expect(calls, 'the handler does not run while the quota is refused').to.have.length(0);

    const done = await fx.until(tenant, wf.id, ['COMPLETED', 'FAILED'], 10_000);
    expect(done.state).to.equal('COMPLETED');
    expect(JSON.parse(done.output_json)).to.deep.equal({ summarised: 3 });
    expect(calls).to.have.length(1);
    expect(calls[0]!.at).to.be.at.least(windowEnd);
    expect(calls[0]!.input).to.deep.equal({ pages: [1, 2, 3] });
    const history = await fx.history(wf.id);
    const resumed = history.find((t) => t.from_state === 'QUOTA_EXCEEDED');
    expect(resumed, 'nobody resumed it but the scheduler').to.include({ to_state: 'QUEUED', actor: 'scheduler' });
    expect(history.map((t) => t.to_state).slice(-4)).to.deep.equal(['QUOTA_EXCEEDED', 'QUEUED', 'PROCESSING', 'COMPLETED']);
    // The grant the handler ran on was committed at the estimate (it recorded no usage).
    const grant = await quota.client.call('GetGrant', { tenant_id: tenant, grant_id: calls[0]!.grant! });
    expect(grant.state).to.equal('GRANT_STATE_COMMITTED');
    expect(grant.used.map((u) => `${u.unit}=${u.amount}`)).to.include('QUOTA_UNIT_REQUESTS=1');
  });

  it('keeps the checkpoint of a handler that ran out of quota midway, and resumes it from there after the reset', async () => {
    const tenant = `t-${randomId(3)}`;
    const type = `pages-${randomId(3)}`;
    // Three requests a window: the stage's own grant and two pages; the third page waits.
    const resource = await defineResource(quota.client, [{ amount: 3, window_ms: WINDOW_MS }]);
    const runs: Array<{ at: number; partial: unknown; grant: string }> = [];
    await workers.start(
      [
        defineWorkflow({
          type,
          stages: [
            defineStage({ name: 'collect', handler: async () => ({ pages: [1, 2, 3] }) }),
            defineStage<{ pages: number[] }, { done: number[] }>({
              name: 'summarise',
              quota: { resource, estimate: () => ({ requests: 1 }) },
              handler: async (input, ctx) => {
                runs.push({ at: Date.now(), partial: ctx.partial, grant: ctx.quota.grant!.id });
                const done = [...((ctx.partial as { done: number[] } | null)?.done ?? [])];
                for (const page of input.pages.filter((p) => !done.includes(p))) {
                  await ctx.quota.call(resource, { requests: 1 }, async () => `summary of page ${page}`);
                  done.push(page);
                  await ctx.savePartial({ done });
                }
                return { done };
              },
            }),
          ],
        }),
      ],
      { quotaAddress: quota.address },
    );
    const windowEnd = (await nextWindow(WINDOW_MS, 100)) + WINDOW_MS;
    const wf = await fx.create(tenant, type, {});
    const parked = await fx.until(tenant, wf.id, ['QUOTA_EXCEEDED', 'COMPLETED', 'FAILED']);
    expect(parked.state).to.equal('QUOTA_EXCEEDED');
    expect(Date.parse(parked.next_attempt_at)).to.equal(windowEnd);
    expect(await collected(wf.id)).to.deep.equal({ pages: [1, 2, 3] });
    const { rows } = await fx.db.query('select partial from workflow.workflows where id = $1', [wf.id]);
    expect(rows[0].partial, 'the checkpoint is kept while parked').to.deep.equal({ done: [1, 2] });
    expect(runs).to.have.length(1);

    const done = await fx.until(tenant, wf.id, ['COMPLETED', 'FAILED'], 10_000);
    expect(done.state).to.equal('COMPLETED');
    expect(JSON.parse(done.output_json)).to.deep.equal({ done: [1, 2, 3] });
    expect(runs).to.have.length(2);
    expect(runs[1]!.at).to.be.at.least(windowEnd);
    expect(runs[1]!.partial).to.deep.equal({ done: [1, 2] });
    // The stage's own grant of the parked run was committed at the estimate: the handler had
    // spent it before it ran out (a failed run cannot know whether the upstream was called).
    const first = await quota.client.call('GetGrant', { tenant_id: tenant, grant_id: runs[0]!.grant });
    expect(first.state).to.equal('GRANT_STATE_COMMITTED');
  });

  it('with maxWaitMs, parks holding a future-dated grant and runs on that grant at its not_before, reserving nothing twice', async () => {
    const tenant = `t-${randomId(3)}`;
    const type = `queued-${randomId(3)}`;
    const resource = await defineResource(quota.client, [{ amount: 1, window_ms: WINDOW_MS }]);
    const runs: Array<{ at: number; grant: QuotaGrant }> = [];
    await workers.start(
      [
        defineWorkflow({
          type,
          stages: [
            defineStage({
              name: 'enrich',
              quota: { resource, estimate: () => ({ requests: 1 }), maxWaitMs: 10_000 },
              handler: async (_input, ctx) => {
                runs.push({ at: Date.now(), grant: ctx.quota.grant! });
                return { ok: true };
              },
            }),
          ],
        }),
      ],
      { quotaAddress: quota.address },
    );
    const windowEnd = (await nextWindow(WINDOW_MS, 100)) + WINDOW_MS;
    await spend(tenant, resource, 1);
    const wf = await fx.create(tenant, type, {});
    const parked = await fx.until(tenant, wf.id, ['QUOTA_EXCEEDED', 'COMPLETED', 'FAILED']);
    expect(parked.state).to.equal('QUOTA_EXCEEDED');
    const error = JSON.parse(parked.last_error_json);
    expect(error).to.include({ code: 'QUOTA_EXCEEDED', category: 'rate_limited' });
    expect(Object.keys(error.details).sort()).to.deep.equal(['grant_id', 'not_before', 'resource']);
    expect(Date.parse(error.details.not_before), 'the place in line is the next window').to.equal(windowEnd);
    expect(Date.parse(parked.next_attempt_at)).to.equal(windowEnd);
    const held = await quota.client.call('GetGrant', { tenant_id: tenant, grant_id: error.details.grant_id });
    expect(held).to.include({ state: 'GRANT_STATE_ACTIVE', workflow_id: wf.id, stage: 'enrich' });
    expect(runs).to.have.length(0);

    const done = await fx.until(tenant, wf.id, ['COMPLETED', 'FAILED'], 10_000);
    expect(done.state).to.equal('COMPLETED');
    expect(runs).to.have.length(1);
    expect(runs[0]!.grant.id, 'the resumed stage runs on the grant it held').to.equal(error.details.grant_id);
    expect(runs[0]!.at).to.be.at.least(windowEnd);
    const settled = await quota.client.call('GetGrant', { tenant_id: tenant, grant_id: error.details.grant_id });
    expect(settled.state).to.equal('GRANT_STATE_COMMITTED');
    // The ledger: the window's one request (spent by someone else) and this workflow's one
    // grant, nothing reserved on resume.
    const usage = await quota.client.call('GetUsage', { tenant_id: tenant, resource });
    const total = usage.totals.find((r) => r.resource === resource)!;
    expect(total.grants, 'settled grants: the other spender and the workflow').to.equal(2);
    expect(Number(total.requests)).to.equal(2);
  });
});
