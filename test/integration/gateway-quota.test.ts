import { expect } from 'chai';
import { randomId } from '@sluice/testing';
import { freePort } from '../support/free-port.ts';
import { GatewayFixture, type Json } from '../support/gateway-fixture.ts';

describe('the gateway quota routes', function () {
  this.timeout(60_000);
  let fx: GatewayFixture;
  /** Tenant A's and B's admin keys, and a key of tenant C without the admin scope. */
  let a: { key: string; tenantId: string };
  let b: { key: string; tenantId: string };
  let reader: { key: string; tenantId: string };

  before(async () => {
    fx = await GatewayFixture.start({ quota: true });
    a = await fx.tenant();
    b = await fx.tenant();
    reader = await fx.tenant(['read', 'write']);
  });

  after(async () => {
    await fx?.stop();
  });

  // Resource names carry "/": in a path they are one segment, "/" sent as %2F.
  const newResource = () => `test/${randomId(4)}/gpt-4o`;
  const enc = encodeURIComponent;
  const call = (key: string, method: string, path: string, body?: unknown) => fx.request(key, method, `/api/v1${path}`, body);
  const put = (key: string, name: string, body: unknown = {}) => call(key, 'PUT', `/quota/resources/${enc(name)}`, body);
  const define = (key: string, body: Json) => call(key, 'POST', '/quota/limits', body);
  const limitsOf = async (key: string, resource: string): Promise<Json[]> => (await call(key, 'GET', `/quota/limits?resource=${enc(resource)}`)).body.items;
  const resourceOf = async (key: string, name: string): Promise<Json | undefined> =>
    ((await call(key, 'GET', '/quota/resources')).body.items as Json[]).find((r) => r.name === name);
  const perMinute = (resource: string, extra: Json = {}): Json => ({ resource, name: 'rpm', unit: 'requests', scope: 'tenant', amount: 60, window: 'fixed', window_ms: 60_000, ...extra });
  const quota = () => fx.quotaClient!;

  function expectError(res: { status: number; body: Json }, status: number, code: string): Json {
    expect(res.status, JSON.stringify(res.body)).to.equal(status);
    expect(Object.keys(res.body)).to.have.members(['error', 'status_code', 'path', 'trace_id']);
    expect(res.body.error.code).to.equal(code);
    expect(res.body.status_code).to.equal(status);
    return res.body.error;
  }

  /** Reserves and settles `used` for tenant `tenantId` under `apiKey` (what a worker does). */
  async function spend(tenantId: string, resource: string, used: { input: number; output: number }, apiKey = '') {
    const res = await quota().call('AcquireGrant', {
      tenant_id: tenantId,
      resource,
      api_key: apiKey,
      amounts: [
        { unit: 'QUOTA_UNIT_REQUESTS', amount: 1 },
        { unit: 'QUOTA_UNIT_INPUT_TOKENS', amount: used.input },
        { unit: 'QUOTA_UNIT_OUTPUT_TOKENS', amount: used.output },
      ],
    });
    expect(res.granted, res.reason).to.equal(true);
    await quota().call('CommitGrant', {
      tenant_id: tenantId,
      grant_id: res.grant!.id,
      used: [
        { unit: 'QUOTA_UNIT_INPUT_TOKENS', amount: used.input },
        { unit: 'QUOTA_UNIT_OUTPUT_TOKENS', amount: used.output },
      ],
    });
  }

  describe('administration', () => {
    it('creates a resource with prices, defines, replaces and deletes its limits, then deletes it (a name with "/" as %2F)', async () => {
      const name = newResource();
      const created = await put(a.key, name, {
        description: 'our GPT-4o deployment',
        prices: [
          { unit: 'input_tokens', micros: 2_500_000, per: 1_000_000 },
          { unit: 'output_tokens', micros: '10000000', per: '1000000' },
        ],
      });
      expect(created.status, JSON.stringify(created.body)).to.equal(200);
      expect(created.body).to.include({ name, description: 'our GPT-4o deployment' });
      expect(created.body.prices).to.deep.equal([
        { unit: 'input_tokens', micros: 2_500_000, per: 1_000_000 },
        { unit: 'output_tokens', micros: 10_000_000, per: 1_000_000 },
      ]);

      const rpm = await define(a.key, perMinute(name));
      expect(rpm.status, JSON.stringify(rpm.body)).to.equal(200);
      expect(rpm.body).to.include({ resource: name, name: 'rpm', unit: 'requests', scope: 'tenant', tenant_id: null, subject: null, amount: 60, window: 'fixed', window_ms: 60_000 });
      expect(rpm.body).to.include({ calendar_unit: null, time_zone: null, burst: null });
      expect(rpm.body.id).to.be.a('string').and.not.equal('');

      const replaced = await define(a.key, perMinute(name, { amount: 120, description: 'raised' }));
      expect(replaced.status).to.equal(200);
      const daily = await define(a.key, {
        resource: name,
        name: 'daily-cap',
        unit: 'requests',
        scope: 'tenant',
        tenant_id: a.tenantId,
        amount: 100,
        window: 'calendar',
        calendar_unit: 'day',
        time_zone: 'America/Los_Angeles',
      });
      expect(daily.status, JSON.stringify(daily.body)).to.equal(200);
      expect(daily.body).to.include({ tenant_id: a.tenantId, window: 'calendar', calendar_unit: 'day', time_zone: 'America/Los_Angeles', window_ms: null });
      // An amount may come as a decimal string (int64 on the wire); it reads back as a number.
      const budget = await define(a.key, { resource: name, name: 'budget', unit: 'cost_micros', scope: 'global', amount: '5000000', window: 'rolling', window_ms: 86_400_000, burst: 5 });
      expect(budget.status, JSON.stringify(budget.body)).to.equal(200);
      expect(budget.body).to.include({ amount: 5_000_000, burst: 5, scope: 'global', window: 'rolling' });

      const limits = await limitsOf(a.key, name);
      expect(limits.map((l) => `${l.name}:${l.amount}`)).to.have.members(['rpm:120', 'daily-cap:100', 'budget:5000000']);
      expect(limits.find((l) => l.name === 'rpm')!.description).to.equal('raised');
      const listed = await resourceOf(a.key, name);
      expect(listed?.limits.map((l: Json) => l.name)).to.have.members(['rpm', 'daily-cap', 'budget']);
      expect(listed?.prices).to.have.length(2);

      const gone = await call(a.key, 'DELETE', `/quota/limits/${budget.body.id}`);
      expect(gone.status).to.equal(200);
      expect(gone.body).to.deep.equal({ id: budget.body.id, deleted: true });
      expectError(await call(a.key, 'DELETE', `/quota/limits/${budget.body.id}`), 404, 'NOT_FOUND');
      expect((await limitsOf(a.key, name)).map((l) => l.name)).to.have.members(['rpm', 'daily-cap']);

      const removed = await call(a.key, 'DELETE', `/quota/resources/${enc(name)}`);
      expect(removed.status).to.equal(200);
      expect(removed.body).to.deep.equal({ name, deleted: true, limits_deleted: 2 });
      expect(await resourceOf(a.key, name)).to.equal(undefined);
      expectError(await call(a.key, 'DELETE', `/quota/resources/${enc(name)}`), 404, 'NOT_FOUND');
    });

    it('refuses every admin route to a key without the admin scope with 403, changing nothing, and lets it read', async () => {
      const name = newResource();
      expect((await put(a.key, name, { description: 'before' })).status).to.equal(200);
      const limit = (await define(a.key, perMinute(name))).body;
      const attempts = [
        () => put(reader.key, name, { description: 'after' }),
        () => put(reader.key, newResource(), {}),
        () => call(reader.key, 'DELETE', `/quota/resources/${enc(name)}`),
        () => define(reader.key, perMinute(name, { amount: 1 })),
        // Refused before its body is looked at.
        () => define(reader.key, { amount: -1 }),
        () => call(reader.key, 'DELETE', `/quota/limits/${limit.id}`),
        () => call(reader.key, 'GET', '/quota/limits'),
      ];
      for (const attempt of attempts) {
        const error = expectError(await attempt(), 403, 'PERMISSION_DENIED');
        expect(error.message).to.include('admin scope');
        expect(error.details).to.include({ required_scope: 'admin' });
      }
      const after = await resourceOf(a.key, name);
      expect(after).to.include({ description: 'before' });
      expect(after?.limits.map((l: Json) => [l.id, l.amount])).to.deep.equal([[limit.id, 60]]);

      expect((await call(reader.key, 'GET', '/quota/resources')).status).to.equal(200);
      expect((await resourceOf(reader.key, name))?.limits.map((l: Json) => l.id)).to.deep.equal([limit.id]);
      expect((await call(reader.key, 'GET', `/quota/status?resource=${enc(name)}`)).status).to.equal(200);
      expect((await call(reader.key, 'GET', `/quota/usage/${enc(name)}`)).status).to.equal(200);
    });

    it('refuses a limit on a resource that does not exist with 409 FAILED_PRECONDITION, storing nothing', async () => {
      const name = newResource();
      const error = expectError(await define(a.key, perMinute(name)), 409, 'FAILED_PRECONDITION');
      expect(error.message).to.include(name);
      expect(await limitsOf(a.key, name)).to.deep.equal([]);
    });

    describe('bad input', () => {
      const cases: Array<[string, string, (name: string) => [string, string, unknown?]]> = [
        ['a price of an unknown unit', 'body.prices.0.unit', (n) => ['PUT', `/quota/resources/${enc(n)}`, { prices: [{ unit: 'tokens', micros: 1 }] }]],
        ['a negative price', 'body.prices.0.micros', (n) => ['PUT', `/quota/resources/${enc(n)}`, { prices: [{ unit: 'requests', micros: -1 }] }]],
        ['a unit priced twice', 'body.prices.1.unit', (n) => ['PUT', `/quota/resources/${enc(n)}`, { prices: [{ unit: 'requests', micros: 1 }, { unit: 'requests', micros: 2 }] }]],
        ['a resource name with spaces', 'path.name', () => ['PUT', `/quota/resources/${enc('has spaces')}`, {}]],
        ['an unknown resource field', 'body', (n) => ['PUT', `/quota/resources/${enc(n)}`, { colour: 'red' }]],
        ['an amount of 0', 'body.amount', (n) => ['POST', '/quota/limits', perMinute(n, { amount: 0 })]],
        ['an amount of 1.5', 'body.amount', (n) => ['POST', '/quota/limits', perMinute(n, { amount: 1.5 })]],
        ['an amount past 2^53 - 1', 'body.amount', (n) => ['POST', '/quota/limits', perMinute(n, { amount: '9007199254740992' })]],
        ['an amount that is no number', 'body.amount', (n) => ['POST', '/quota/limits', perMinute(n, { amount: '12abc' })]],
        ['an unknown unit', 'body.unit', (n) => ['POST', '/quota/limits', perMinute(n, { unit: 'tokens' })]],
        ['an unknown scope', 'body.scope', (n) => ['POST', '/quota/limits', perMinute(n, { scope: 'key' })]],
        ['an unknown window', 'body.window', (n) => ['POST', '/quota/limits', perMinute(n, { window: 'sliding' })]],
        ['a fixed window without window_ms', 'body.window_ms', (n) => ['POST', '/quota/limits', perMinute(n, { window_ms: undefined })]],
        ['a concurrent limit with window_ms', 'body.window_ms', (n) => ['POST', '/quota/limits', perMinute(n, { window: 'concurrent' })]],
        ['a calendar window without its unit', 'body.calendar_unit', (n) => ['POST', '/quota/limits', perMinute(n, { window: 'calendar', window_ms: undefined })]],
        ['a time zone that is not one', 'body.time_zone', (n) => ['POST', '/quota/limits', perMinute(n, { window: 'calendar', window_ms: undefined, calendar_unit: 'day', time_zone: 'Mars/Olympus' })]],
        ['a burst on a fixed window', 'body.burst', (n) => ['POST', '/quota/limits', perMinute(n, { burst: 10 })]],
        ['a global limit for a tenant', 'body.tenant_id', (n) => ['POST', '/quota/limits', perMinute(n, { scope: 'global', tenant_id: '00000000-0000-4000-8000-000000000000' })]],
        ['a subject on a tenant limit', 'body.subject', (n) => ['POST', '/quota/limits', perMinute(n, { subject: 'key_1' })]],
        ['a limit without a name', 'body.name', (n) => ['POST', '/quota/limits', perMinute(n, { name: undefined })]],
        ['an unknown limit field', 'body', (n) => ['POST', '/quota/limits', perMinute(n, { colour: 'red' })]],
        ['a time range of 2h', 'query.time_range', (n) => ['GET', `/quota/usage/${enc(n)}?time_range=2h`]],
        ['a grouping by resource', 'query.group_by', (n) => ['GET', `/quota/usage/${enc(n)}?group_by=resource`]],
        ['a status filter that is no resource name', 'query.resource', () => ['GET', `/quota/status?resource=${enc('no spaces please')}`]],
      ];
      for (const [what, field, request] of cases) {
        it(`answers ${what} with 400 INVALID_ARGUMENT naming ${field}, storing nothing`, async () => {
          const name = newResource();
          await put(a.key, name, { description: 'kept', prices: [{ unit: 'requests', micros: 7 }] });
          const [method, path, body] = request(name);
          const error = expectError(await call(a.key, method, path, body), 400, 'INVALID_ARGUMENT');
          expect(error.details.field, error.message).to.equal(field);
          expect(error.message).to.include(field);
          const kept = await resourceOf(a.key, name);
          expect(kept).to.include({ description: 'kept' });
          expect(kept?.prices).to.deep.equal([{ unit: 'requests', micros: 7, per: 1 }]);
          expect(kept?.limits).to.deep.equal([]);
        });
      }
    });
  });

  describe('tenants', () => {
    it("never shows tenant B tenant A's own limits or usage, and refuses B's touching them", async () => {
      const name = newResource();
      await put(a.key, name);
      const shared = (await define(a.key, perMinute(name, { amount: 1000 }))).body;
      const own = (await define(a.key, perMinute(name, { tenant_id: a.tenantId, amount: 500 }))).body;
      await spend(a.tenantId, name, { input: 10, output: 5 });

      expect((await limitsOf(a.key, name)).map((l) => l.id)).to.have.members([shared.id, own.id]);
      expect((await limitsOf(b.key, name)).map((l) => l.id)).to.deep.equal([shared.id]);
      expect((await resourceOf(b.key, name))?.limits.map((l: Json) => l.id)).to.deep.equal([shared.id]);

      const usage = await call(b.key, 'GET', `/quota/usage/${enc(name)}?time_range=1h`);
      expect(usage.status).to.equal(200);
      expect(usage.body.totals).to.include({ requests: 0, input_tokens: 0, cost_micros: 0 });
      const status = await call(b.key, 'GET', `/quota/status?resource=${enc(name)}`);
      expect(status.body.limits.map((s: Json) => s.limit_id)).to.not.include(own.id);
      expect(status.body.limits.every((s: Json) => s.partition === null || s.partition.startsWith(b.tenantId))).to.equal(true);

      expectError(await call(b.key, 'DELETE', `/quota/limits/${own.id}`), 404, 'NOT_FOUND');
      const denied = expectError(await define(b.key, perMinute(name, { tenant_id: a.tenantId, amount: 1 })), 403, 'PERMISSION_DENIED');
      expect(denied.details).to.include({ field: 'body.tenant_id' });
      expect((await limitsOf(a.key, name)).find((l) => l.id === own.id)).to.include({ amount: 500 });
    });
  });

  describe('status and usage', () => {
    it('shows each limit with what is used, what remains and when it resets after some grants', async () => {
      const name = newResource();
      await put(a.key, name);
      const limit = (await define(a.key, perMinute(name, { amount: 10 }))).body;
      for (let i = 0; i < 3; i++) await quota().call('AcquireGrant', { tenant_id: a.tenantId, resource: name, amounts: [{ unit: 'QUOTA_UNIT_REQUESTS', amount: 1 }] });

      const { status, body } = await call(a.key, 'GET', `/quota/status?resource=${enc(name)}`);
      expect(status).to.equal(200);
      expect(Date.parse(body.server_time)).to.be.a('number');
      const row = (body.limits as Json[]).find((s) => s.limit_id === limit.id && s.partition === a.tenantId);
      expect(row, JSON.stringify(body.limits)).to.not.equal(undefined);
      expect(row).to.include({ resource: name, name: 'rpm', unit: 'requests', scope: 'tenant', window: 'fixed', amount: 10, effective_amount: 10, used: 3, reserved: 3, remaining: 7 });
      expect(row!.utilisation).to.be.closeTo(0.3, 1e-9);
      const resetAt = Date.parse(row!.reset_at);
      expect(resetAt).to.be.greaterThan(Date.now() - 1_000).and.at.most(Date.now() + 61_000);
      expect(resetAt % 60_000, 'a fixed window resets on the minute').to.equal(0);
      expect(row!.reset_after_ms).to.be.within(0, 60_000);
      expect(row!.window_started_at).to.be.a('string');
      // The whole status without a filter holds the same row.
      const all = await call(a.key, 'GET', '/quota/status');
      expect((all.body.limits as Json[]).some((s) => s.limit_id === limit.id)).to.equal(true);
    });

    it('totals usage and cost after commits, with a bucketed trend, per API key and with the limits', async () => {
      const name = newResource();
      // $2.50 per 1M input tokens and $10 per 1M output tokens: 1000 in + 500 out = 2500 + 5000 micros.
      await put(a.key, name, { prices: [{ unit: 'input_tokens', micros: 2_500_000, per: 1_000_000 }, { unit: 'output_tokens', micros: 10_000_000, per: 1_000_000 }] });
      await define(a.key, perMinute(name, { amount: 100 }));
      await spend(a.tenantId, name, { input: 1000, output: 500 }, 'key-one');
      await spend(a.tenantId, name, { input: 1000, output: 500 }, 'key-two');
      await spend(a.tenantId, name, { input: 1000, output: 500 }, 'key-two');

      const day = await call(a.key, 'GET', `/quota/usage/${enc(name)}?time_range=24h&group_by=api_key`);
      expect(day.status, JSON.stringify(day.body)).to.equal(200);
      expect(day.body).to.include({ resource: name, time_range: '24h', bucket_ms: 3_600_000, group_by: 'api_key' });
      expect(day.body.totals).to.include({ requests: 3, input_tokens: 3000, output_tokens: 1500, cost_micros: 22_500, cost: '0.022500', grants: 3, denials: 0 });
      const trend = day.body.trend as Json[];
      expect(trend).to.have.length(24);
      expect(Date.parse(trend[0]!.start) % 3_600_000, 'buckets start on the hour').to.equal(0);
      expect(Date.parse(trend.at(-1)!.end)).to.be.greaterThan(Date.now());
      expect(trend.reduce((sum, t) => sum + t.requests, 0)).to.equal(3);
      expect(trend.every((t) => Date.parse(t.end) - Date.parse(t.start) === 3_600_000)).to.equal(true);
      expect(day.body.groups.map((g: Json) => [g.group, g.requests, g.cost])).to.deep.equal([
        ['key-one', 1, '0.007500'],
        ['key-two', 2, '0.015000'],
      ]);
      expect(day.body.limits.map((l: Json) => [l.name, l.partition, l.used])).to.deep.include(['rpm', a.tenantId, 3]);

      const hour = await call(a.key, 'GET', `/quota/usage/${enc(name)}?time_range=1h`);
      expect(hour.body).to.include({ bucket_ms: 60_000, group_by: null });
      expect(hour.body.trend).to.have.length(60);
      expect(hour.body.groups).to.deep.equal([]);
      const month = await call(a.key, 'GET', `/quota/usage/${enc(name)}?time_range=30d`);
      expect(month.body).to.include({ bucket_ms: 86_400_000 });
      expect(month.body.trend).to.have.length(30);
      expect(month.body.trend.every((t: Json) => t.start.endsWith('T00:00:00.000Z'))).to.equal(true);
      expect(month.body.totals).to.include({ requests: 3, cost: '0.022500' });
    });

    it('answers the usage of a resource nobody defined with 404', async () => {
      expectError(await call(a.key, 'GET', `/quota/usage/${enc(newResource())}`), 404, 'NOT_FOUND');
    });
  });

  it('documents every quota route in /openapi.json, the admin ones with their scope and 403', async () => {
    const doc = (await (await fetch(`${fx.base}/openapi.json`)).json()) as Json;
    const ops: Array<[string, string, boolean]> = [
      ['/api/v1/quota/resources', 'get', false],
      ['/api/v1/quota/status', 'get', false],
      ['/api/v1/quota/usage/{resource}', 'get', false],
      ['/api/v1/quota/resources/{name}', 'put', true],
      ['/api/v1/quota/resources/{name}', 'delete', true],
      ['/api/v1/quota/limits', 'get', true],
      ['/api/v1/quota/limits', 'post', true],
      ['/api/v1/quota/limits/{id}', 'delete', true],
    ];
    for (const [path, method, admin] of ops) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).to.not.equal(undefined);
      expect(op.tags).to.deep.equal(['quota']);
      expect(op['x-required-scope']).to.equal(admin ? 'admin' : undefined);
      expect(Object.keys(op.responses)).to.include.members(admin ? ['200', '400', '401', '403'] : ['200', '400', '401']);
    }
    expect(doc.paths['/api/v1/quota/usage/{resource}'].get.summary).to.include('%2F');
    const usageParams = doc.paths['/api/v1/quota/usage/{resource}'].get.parameters as Json[];
    expect(usageParams.find((p) => p.name === 'time_range')?.schema.enum).to.deep.equal(['1h', '24h', '7d', '30d']);
    expect(doc.components.schemas.DefineQuotaLimitRequest.properties.unit.enum).to.deep.equal(['requests', 'input_tokens', 'output_tokens', 'total_tokens', 'cost_micros']);
  });

  it('shows in the explanation of a workflow parked for quota which limit holds it and when it resets', async () => {
    const type = `qx${randomId(3)}`;
    const name = newResource();
    await fx.workflows.client.call('RegisterDefinition', { type, stages: [{ name: 'enrich', quota_resource: name }] });
    const wf = (await call(a.key, 'POST', '/workflows', { type })).body;
    const attempt = await fx.workflows.db.query("select id from workflow.stage_attempts where workflow_id = $1 and state = 'QUEUED'", [wf.id]);
    const claim = await fx.workflows.client.call('ClaimStage', { attempt_id: attempt.rows[0].id, worker_id: 'w-quota', lease_ttl_ms: 30_000 });
    const resets = new Date(Date.now() + 3_600_000).toISOString();
    await fx.workflows.client.call('FailStage', {
      attempt_id: claim.attempt_id,
      fence: claim.fence,
      category: 'ERROR_CATEGORY_RATE_LIMITED',
      code: 'QUOTA_EXCEEDED',
      message: `quota on ${name} is used up`,
      retry_at: resets,
      details_json: JSON.stringify({
        resource: name,
        limit: { id: 'lim_1', name: 'daily-cap', unit: 'requests', scope: 'tenant', partition: a.tenantId, amount: '100', remaining: '0', resets_at: resets },
        denial_reason: 'DENIAL_REASON_WINDOW_EXHAUSTED',
        retry_at: resets,
      }),
    });
    const x = await call(a.key, 'GET', `/workflows/${wf.id}/explain`);
    expect(x.status).to.equal(200);
    expect(x.body.workflow.state).to.equal('QUOTA_EXCEEDED');
    expect(x.body.summary).to.equal(
      `Stage enrich waits for quota on ${name}: limit daily-cap (requests, tenant) is used up (0 of 100 left) and resets at ${resets}; ` +
        `it resumes by itself at ${resets}. 0 of 1 stages are done.`,
    );
    expect(x.body.workflow.last_error.details.limit).to.include({ name: 'daily-cap', resets_at: resets });
  });

  it('answers 503 UNAVAILABLE with Retry-After, not 500, when the quota service cannot be reached', async () => {
    const down = await GatewayFixture.start({ gatewayEnv: { SLUICE_QUOTA_ADDR: `127.0.0.1:${await freePort()}` } });
    try {
      const { key } = await down.tenant();
      for (const path of ['/api/v1/quota/status', '/api/v1/quota/resources', `/api/v1/quota/usage/${enc(newResource())}`]) {
        const res = await fetch(`${down.base}${path}`, { headers: { authorization: `Bearer ${key}` } });
        const body = (await res.json()) as Json;
        expect(res.status, JSON.stringify(body)).to.equal(503);
        expect(res.headers.get('retry-after')).to.equal('5');
        expect(body.error.code).to.equal('UNAVAILABLE');
        expect(body.error.message).to.equal('the quota service is unavailable; try again shortly');
        expect(JSON.stringify(body)).to.not.include('127.0.0.1');
      }
    } finally {
      await down.stop();
    }
  });
});
