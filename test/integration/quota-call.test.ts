import { expect } from 'chai';
import { createLogger } from '@sluice/logging';
import { randomId, rejection } from '@sluice/testing';
import { QuotaClient, RateLimitedError, Worker, defineStage, defineWorkflow } from '@sluice/worker';
import { WorkflowFixture } from '../support/workflow-fixture.ts';
import { QuotaFixture, QuotaWorkers, defineResource } from '../support/quota-fixture.ts';
import { FakeUpstream } from '../support/fake-upstream.ts';
import { freePort } from '../support/free-port.ts';

/** What a promise rejects with, whatever it is. */
async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the promise to reject');
}

const silent = createLogger({ service: 'test-quota-client', level: 'silent' });

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: { usage?: { prompt_tokens: number; completion_tokens: number } };
}

const answer = async (res: Response): Promise<Answer> => ({ status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] });
const usage = (a: Answer) => ({ input_tokens: a.body.usage?.prompt_tokens ?? 0, output_tokens: a.body.usage?.completion_tokens ?? 0 });
const amounts = (list: ReadonlyArray<{ unit: string; amount: string }>) => Object.fromEntries(list.map((u) => [u.unit.replace('QUOTA_UNIT_', '').toLowerCase(), Number(u.amount)]));

describe('ctx.quota.call around one upstream request', function () {
  this.timeout(60_000);
  let fx: WorkflowFixture;
  let quota: QuotaFixture;
  let workers: QuotaWorkers;
  let upstream: FakeUpstream;
  let url: string;
  const clients: QuotaClient[] = [];

  before(async () => {
    fx = await WorkflowFixture.start();
    quota = await QuotaFixture.start(fx.env);
    workers = new QuotaWorkers(fx);
    // Its own limit is far away here; /v1/limited answers 429 whatever it says, Retry-After 1-2 s.
    upstream = new FakeUpstream({ limit: 1_000, windowMs: 2_000 });
    url = await upstream.start();
  });

  afterEach(async () => {
    await workers.stop();
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });

  after(async () => {
    await upstream?.stop();
    await quota?.stop();
    await fx?.stop();
  });

  const client = (tenantId: string, address = quota.address, deadlineMs?: number) => {
    const c = new QuotaClient({ address, tenantId, log: silent, ...(deadlineMs === undefined ? {} : { deadlineMs }) });
    clients.push(c);
    return c;
  };

  /** A one-stage workflow type whose handler gets the upstream's URL; runs it once for a fresh tenant. */
  const runStage = async (handler: Parameters<typeof defineStage>[0]['handler'], states = ['COMPLETED', 'FAILED', 'SUSPENDED']) => {
    const tenant = `t-${randomId(3)}`;
    const type = `call-${randomId(3)}`;
    await workers.start([defineWorkflow({ type, stages: [defineStage({ name: 'call', retry: { maxAttempts: 1 }, handler })] })], { quotaAddress: quota.address });
    const wf = await fx.create(tenant, type);
    return { tenant, wf: await fx.until(tenant, wf.id, states) };
  };

  const generous = () => defineResource(quota.client, [{ amount: 1_000, window: 'QUOTA_WINDOW_ROLLING', window_ms: 60_000 }]);

  it('commits the usage read from the response, not the estimate', async () => {
    const resource = await generous();
    let grantId = '';
    const { tenant, wf } = await runStage(async (_input, ctx) => {
      const a = await ctx.quota.call(
        resource,
        { requests: 1, input_tokens: 100, output_tokens: 100 },
        async (signal, grant) => {
          grantId = grant.id;
          return answer(await fetch(`${url}/v1/complete?input=37&output=11`, { signal }));
        },
        { usage, response: (r) => r },
      );
      return { status: a.status };
    });
    expect(wf.state).to.equal('COMPLETED');
    const grant = await quota.client.call('GetGrant', { tenant_id: tenant, grant_id: grantId });
    expect(grant.state).to.equal('GRANT_STATE_COMMITTED');
    expect(amounts(grant.amounts)).to.include({ requests: 1, input_tokens: 100, output_tokens: 100 });
    expect(amounts(grant.used)).to.include({ requests: 1, input_tokens: 37, output_tokens: 11 });
    expect(grant).to.include({ workflow_id: wf.id, stage: 'call' });
  });

  it('refunds the grant of a call that throws, and rethrows what it threw', async () => {
    const resource = await generous();
    let grantId = '';
    const { tenant, wf } = await runStage(async (_input, ctx) => {
      try {
        await ctx.quota.call(resource, { requests: 1, input_tokens: 100 }, async (signal, grant) => {
          grantId = grant.id;
          const res = await fetch(`${url}/v1/fail`, { signal });
          throw Object.assign(new Error(`upstream answered ${res.status}`), { status: res.status });
        });
        return { thrown: null };
      } catch (err) {
        return { thrown: (err as Error).message };
      }
    });
    expect(wf.state).to.equal('COMPLETED');
    expect(JSON.parse(wf.output_json)).to.deep.equal({ thrown: 'upstream answered 500' });
    const grant = await quota.client.call('GetGrant', { tenant_id: tenant, grant_id: grantId });
    expect(grant.state).to.equal('GRANT_STATE_REFUNDED');
  });

  it("reports an upstream 429 with its headers, refunds its grant, and parks the stage until the upstream's Retry-After", async () => {
    const resource = await generous();
    const grants: string[] = [];
    let limitedAt = 0;
    const { tenant, wf } = await runStage(
      async (_input, ctx) => {
        const path = grants.length === 0 ? '/v1/limited' : '/v1/complete';
        const a = await ctx.quota.call(
          resource,
          { requests: 1 },
          async (signal, grant) => {
            grants.push(grant.id);
            limitedAt = Date.now();
            return answer(await fetch(`${url}${path}`, { signal }));
          },
          { usage, response: (r) => r },
        );
        return { status: a.status };
      },
      ['QUOTA_EXCEEDED', 'COMPLETED', 'FAILED'],
    );
    expect(wf.state).to.equal('QUOTA_EXCEEDED');
    const error = JSON.parse(wf.last_error_json);
    expect(error).to.include({ code: 'UPSTREAM_RATE_LIMITED', category: 'rate_limited' });
    expect(error.details).to.include({ resource, grant_id: grants[0], status: 429 });
    // retry-after-ms said 1-2 s (the fake's window end, at least 1 s).
    const waitMs = Date.parse(wf.next_attempt_at) - limitedAt;
    expect(waitMs).to.be.within(900, 2_100);
    expect((await quota.client.call('GetGrant', { tenant_id: tenant, grant_id: grants[0]! })).state).to.equal('GRANT_STATE_REFUNDED');
    // The report reached the service: until the upstream's retry time, it refuses the resource itself.
    const refused = await caught(client(tenant).acquire(resource, { requests: 1 }));
    expect(refused).to.be.instanceOf(RateLimitedError);
    expect((refused as RateLimitedError).details).to.include({ denial_reason: 'DENIAL_REASON_UPSTREAM_BACKOFF' });

    const done = await fx.until(tenant, wf.id, ['COMPLETED', 'FAILED'], 15_000);
    expect(done.state).to.equal('COMPLETED');
    expect(JSON.parse(done.output_json)).to.deep.equal({ status: 200 });
    expect(grants).to.have.length(2);
  });

  it('turns a thrown 429 (an SDK error with status and headers) into RateLimitedError with its Retry-After', async () => {
    const resource = await generous();
    const tenant = `t-${randomId(3)}`;
    const quotaClient = client(tenant);
    let grantId = '';
    const before = Date.now();
    const err = await caught(
      quotaClient.call(resource, { requests: 1 }, async (_signal, grant) => {
        grantId = grant.id;
        throw Object.assign(new Error('Rate limit reached'), { status: 429, headers: { 'Retry-After': '3', 'X-RateLimit-Remaining-Requests': '0', 'content-type': 'application/json' } });
      }),
    );
    expect(err).to.be.instanceOf(RateLimitedError);
    const limited = err as RateLimitedError;
    expect(limited.code).to.equal('UPSTREAM_RATE_LIMITED');
    expect(limited.retryAt!.getTime() - before).to.be.within(3_000, 3_500);
    expect((await quota.client.call('GetGrant', { tenant_id: tenant, grant_id: grantId })).state).to.equal('GRANT_STATE_REFUNDED');
  });

  it('QuotaClient: a grant commits once (a second settlement is FAILED_PRECONDITION); an unknown resource is FAILED_PRECONDITION naming the field', async () => {
    const resource = await generous();
    const tenant = `t-${randomId(3)}`;
    const quotaClient = client(tenant);
    const grant = await quotaClient.acquire(resource, { requests: 1, input_tokens: 10 });
    expect(grant.state).to.equal('ACTIVE');
    expect(grant.amounts).to.deep.equal({ requests: 1, input_tokens: 10 });
    const settled = await quotaClient.commit(grant, { input_tokens: 7 });
    expect(settled).to.include({ id: grant.id, state: 'COMMITTED' });
    expect(settled.used).to.deep.equal({ requests: 1, input_tokens: 7 });
    expect((await rejection(quotaClient.commit(grant))).code).to.equal('FAILED_PRECONDITION');
    expect((await rejection(quotaClient.refund(grant))).code).to.equal('FAILED_PRECONDITION');
    const missing = await rejection(quotaClient.acquire(`missing/${randomId(3)}`, { requests: 1 }));
    expect(missing.code).to.equal('FAILED_PRECONDITION');
    expect(missing.details).to.include({ field: 'resource' });
  });

  it('QuotaClient: an unreachable quota service is QUOTA_UNAVAILABLE within its deadline, with a 1-2 s retry time', async () => {
    const address = `127.0.0.1:${await freePort()}`;
    const quotaClient = client('t-nobody', address);
    const started = Date.now();
    const err = await caught(quotaClient.acquire('anything', { requests: 1 }));
    const tookMs = Date.now() - started;
    expect(err).to.be.instanceOf(RateLimitedError);
    const unavailable = err as RateLimitedError;
    expect(unavailable.code).to.equal('QUOTA_UNAVAILABLE');
    expect(tookMs).to.be.at.most(250);
    expect(unavailable.retryAt!.getTime() - Date.now()).to.be.within(700, 2_000);
  });

  it('a worker with a quota stage and no quotaAddress refuses to start, naming the stage', async () => {
    const worker = new Worker({
      workflowAddress: fx.address,
      natsUrl: fx.env.natsUrl,
      prefix: fx.env.prefix,
      log: silent,
      workflows: [defineWorkflow({ type: 'no-quota', stages: [defineStage({ name: 'ask', quota: { resource: 'openai/x', estimate: () => ({ requests: 1 }) }, handler: async () => ({}) })] })],
    });
    const err = await caught(worker.start());
    expect(err).to.be.instanceOf(TypeError);
    expect(err.message).to.include('stage no-quota.ask declares a quota').and.include('quotaAddress');
  });
});
