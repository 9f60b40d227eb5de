import { expect } from 'chai';
import pg from 'pg';
import { loadContracts, SERVICE_NAMES, type Limit, type QuotaServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { checkHealth, randomId, suiteEnv, rejection, opsGet, portClosed } from '@sluice/testing';
import { readConfig } from '../src/config.ts';
import { startQuotaService, type QuotaService } from '../src/start.ts';

const tokensPerMinute = (resource: string, extra: Partial<Limit> = {}): Limit => ({
  resource,
  name: 'tpm',
  unit: 'QUOTA_UNIT_TOTAL_TOKENS',
  scope: 'QUOTA_SCOPE_TENANT',
  amount: '90000',
  window: 'QUOTA_WINDOW_FIXED',
  window_ms: '60000',
  ...extra,
});

describe('the quota service', function () {
  this.timeout(30_000);
  let service: QuotaService;
  let client: GrpcClient<QuotaServiceClient>;
  let db: pg.Client;
  let address: string;
  const limitCount = async () => Number((await db.query('select count(*) from quota.limits')).rows[0].count);

  before(async () => {
    const env = suiteEnv();
    service = await startQuotaService(
      readConfig({ DATABASE_URL: env.databaseUrl, NATS_URL: env.natsUrl, SLUICE_SUBJECT_PREFIX: env.prefix, SLUICE_GRPC_PORT: '0', SLUICE_OPS_PORT: '0', LOG_LEVEL: 'silent', SLUICE_HOST: '127.0.0.1' }),
    );
    address = `127.0.0.1:${service.grpcPort}`;
    client = createClient(loadContracts().services.quota, address);
    db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
  });

  after(async () => {
    client?.close();
    await db?.end();
    await service?.shutdown();
  });

  it('answers grpc.health.v1 Check with SERVING for the server and for QuotaService', async () => {
    expect(await checkHealth(address, '')).to.equal('SERVING');
    expect(await checkHealth(address, SERVICE_NAMES.quota)).to.equal('SERVING');
  });

  it('is ready once PostgreSQL and NATS answer, and serves Prometheus metrics', async () => {
    const ready = await opsGet(service.opsPort!, '/readyz');
    expect(ready.status).to.equal(200);
    expect(JSON.parse(ready.body)).to.deep.equal({ status: 'ready', checks: { postgres: 'ok', nats: 'ok' } });
    const metrics = await opsGet(service.opsPort!, '/metrics');
    expect(metrics.status).to.equal(200);
    expect(metrics.type).to.include('text/plain');
    expect(metrics.body).to.include('service="quota"');
  });

  const resource = async (name = `api-${randomId()}`) => {
    await client.call('PutResource', { resource: { name, description: 'test upstream' } });
    return name;
  };

  it('stores a resource with its price table and a limit on it, and returns them as stored', async () => {
    const name = `openai/acme/gpt-4o-mini-${randomId()}`;
    const stored = await client.call('PutResource', {
      resource: { name, description: 'our tier', prices: [{ unit: 'QUOTA_UNIT_INPUT_TOKENS', micros: 150000, per: 1000000 }] },
    });
    expect(stored).to.include({ name, description: 'our tier' });
    expect(stored.prices).to.deep.equal([{ unit: 'QUOTA_UNIT_INPUT_TOKENS', micros: '150000', per: '1000000' }]);
    expect(await client.call('GetResource', { name })).to.deep.equal(stored);
    const tenant = `t-${randomId()}`;
    const limit = await client.call('DefineLimit', { limit: tokensPerMinute(name, { tenant_id: tenant, description: 'our share' }) });
    expect(limit).to.include({ resource: name, name: 'tpm', unit: 'QUOTA_UNIT_TOTAL_TOKENS', scope: 'QUOTA_SCOPE_TENANT', tenant_id: tenant, subject: '' });
    expect(limit).to.include({ amount: '90000', window: 'QUOTA_WINDOW_FIXED', window_ms: '60000', description: 'our share' });
    expect(new Date(limit.updated_at).toISOString()).to.equal(limit.updated_at);
    const { resources } = await client.call('ListResources', {});
    expect(resources.map((r) => r.name)).to.include(name);
  });

  it('refuses a limit with a bad field with INVALID_ARGUMENT naming that field, and stores nothing', async () => {
    const r1 = await resource();
    const bad: Array<[string, Limit | null]> = [
      ['limit', null],
      ['limit.resource', tokensPerMinute('')],
      ['limit.resource', tokensPerMinute('has spaces')],
      ['limit.name', tokensPerMinute(r1, { name: '' })],
      ['limit.amount', tokensPerMinute(r1, { amount: '0' })],
      ['limit.amount', tokensPerMinute(r1, { amount: '-5' })],
      ['limit.unit', tokensPerMinute(r1, { unit: 'QUOTA_UNIT_UNSPECIFIED' })],
      ['limit.unit', tokensPerMinute(r1, { unit: 42 as unknown as Limit['unit'] })],
      ['limit.scope', tokensPerMinute(r1, { scope: 'QUOTA_SCOPE_UNSPECIFIED' })],
      ['limit.window', tokensPerMinute(r1, { window: 'QUOTA_WINDOW_UNSPECIFIED' })],
      ['limit.window_ms', tokensPerMinute(r1, { window_ms: '0' })],
      ['limit.window_ms', tokensPerMinute(r1, { window: 'QUOTA_WINDOW_CONCURRENT', window_ms: '1000' })],
      ['limit.calendar_unit', tokensPerMinute(r1, { window: 'QUOTA_WINDOW_CALENDAR', window_ms: '0' })],
      ['limit.time_zone', tokensPerMinute(r1, { window: 'QUOTA_WINDOW_CALENDAR', window_ms: '0', calendar_unit: 'CALENDAR_UNIT_DAY', time_zone: 'Mars/Olympus' })],
      ['limit.burst', tokensPerMinute(r1, { burst: '10' })],
      ['limit.tenant_id', tokensPerMinute(r1, { scope: 'QUOTA_SCOPE_GLOBAL', tenant_id: 'tenant-a' })],
      ['limit.tenant_id', tokensPerMinute(r1, { tenant_id: 'no/slashes' })],
      ['limit.subject', tokensPerMinute(r1, { subject: 'k1' })],
    ];
    const before = await limitCount();
    for (const [field, limit] of bad) {
      const err = await rejection(client.call('DefineLimit', { limit }));
      expect(err.code, `${field}: ${err.message}`).to.equal('INVALID_ARGUMENT');
      expect(err.details, err.message).to.include({ field });
      expect(err.message).to.include(field);
    }
    expect(await limitCount()).to.equal(before);
  });

  it('refuses a limit on a resource that does not exist with FAILED_PRECONDITION, and stores nothing', async () => {
    const before = await limitCount();
    const err = await rejection(client.call('DefineLimit', { limit: tokensPerMinute(`missing-${randomId()}`) }));
    expect(err.code).to.equal('FAILED_PRECONDITION');
    expect(err.details).to.include({ field: 'limit.resource' });
    expect(await limitCount()).to.equal(before);
  });

  it('replaces the limit with the same resource, name, tenant and subject instead of adding one', async () => {
    const tenant = `t-${randomId()}`;
    const r1 = await resource();
    await client.call('DefineLimit', { limit: tokensPerMinute(r1, { tenant_id: tenant }) });
    const before = await limitCount();
    const replaced = await client.call('DefineLimit', { limit: tokensPerMinute(r1, { tenant_id: tenant, amount: '500', window: 'QUOTA_WINDOW_ROLLING' }) });
    expect(replaced).to.include({ amount: '500', window: 'QUOTA_WINDOW_ROLLING', burst: '500' });
    expect(await limitCount()).to.equal(before);
    const { limits } = await client.call('ListLimits', { tenant_id: tenant, resource: r1 });
    expect(limits.filter((l) => l.tenant_id === tenant).map((l) => l.amount)).to.deep.equal(['500']);
    expect((await client.call('DeleteLimit', { id: replaced.id })).deleted).to.equal(true);
    expect(await limitCount()).to.equal(before - 1);
  });

  it("lists the global limits, the defaults and the caller tenant's own limits, never another tenant's", async () => {
    const name = await resource();
    const other = await resource(`${name}-other`);
    const [mine, theirs] = [`t-${randomId()}`, `t-${randomId()}`];
    await client.call('DefineLimit', { limit: tokensPerMinute(name, { name: 'global', scope: 'QUOTA_SCOPE_GLOBAL', amount: '1000000' }) });
    await client.call('DefineLimit', { limit: tokensPerMinute(name, { amount: '1000' }) });
    await client.call('DefineLimit', { limit: tokensPerMinute(name, { tenant_id: mine, amount: '2000' }) });
    await client.call('DefineLimit', { limit: tokensPerMinute(name, { tenant_id: theirs, amount: '3000' }) });
    await client.call('DefineLimit', { limit: tokensPerMinute(other, { tenant_id: mine }) });

    const forMe = await client.call('ListLimits', { tenant_id: mine, resource: name });
    expect(forMe.limits.map((l) => `${l.scope}/${l.tenant_id}/${l.amount}`)).to.deep.equal([
      'QUOTA_SCOPE_GLOBAL//1000000',
      'QUOTA_SCOPE_TENANT//1000',
      `QUOTA_SCOPE_TENANT/${mine}/2000`,
    ]);
    const defaultsOnly = await client.call('ListLimits', { tenant_id: '', resource: name });
    expect(defaultsOnly.limits.map((l) => l.amount)).to.deep.equal(['1000000', '1000']);
    const everyResource = await client.call('ListLimits', { tenant_id: mine });
    expect(everyResource.limits.map((l) => l.resource)).to.include(other);
    expect(everyResource.limits.map((l) => l.tenant_id)).to.not.include(theirs);
  });

  it('deletes a resource with its limits', async () => {
    const name = await resource();
    await client.call('DefineLimit', { limit: tokensPerMinute(name) });
    await client.call('DefineLimit', { limit: tokensPerMinute(name, { name: 'rpd', unit: 'QUOTA_UNIT_REQUESTS' }) });
    expect(await client.call('DeleteResource', { name })).to.deep.equal({ deleted: true, limits_deleted: 2 });
    expect((await rejection(client.call('GetResource', { name }))).code).to.equal('NOT_FOUND');
    expect((await client.call('ListLimits', { resource: name, tenant_id: '' })).limits).to.deep.equal([]);
  });

  it('shuts down cleanly: both ports close and a second shutdown returns the first promise', async () => {
    const { grpcPort, opsPort } = service;
    const first = service.shutdown();
    expect(service.shutdown()).to.equal(first);
    await first;
    expect(await portClosed(grpcPort)).to.equal(true);
    expect(await portClosed(opsPort!)).to.equal(true);
  });
});
