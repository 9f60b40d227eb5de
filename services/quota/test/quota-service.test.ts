import { expect } from 'chai';
import pg from 'pg';
import { loadContracts, SERVICE_NAMES, type Limit, type QuotaServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { checkHealth, randomId, suiteEnv, rejection, opsGet, portClosed } from '@sluice/testing';
import { readConfig } from '../src/config.ts';
import { startQuotaService, type QuotaService } from '../src/start.ts';

const tokensPerMinute = (resource: string, extra: Partial<Limit> = {}): Limit => ({
  resource,
  unit: 'QUOTA_UNIT_TOKENS',
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

  it('defines a limit and returns it as stored', async () => {
    const tenant = `t-${randomId()}`;
    const limit = await client.call('DefineLimit', { limit: tokensPerMinute('openai:gpt-4o', { tenant_id: tenant, description: 'our tier' }) });
    expect(limit).to.include({ resource: 'openai:gpt-4o', unit: 'QUOTA_UNIT_TOKENS', scope: 'QUOTA_SCOPE_TENANT', tenant_id: tenant, key: '' });
    expect(limit).to.include({ amount: '90000', window: 'QUOTA_WINDOW_FIXED', window_ms: '60000', description: 'our tier' });
    expect(new Date(limit.updated_at).toISOString()).to.equal(limit.updated_at);
  });

  it('refuses a limit with a bad field with INVALID_ARGUMENT naming that field, and stores nothing', async () => {
    const bad: Array<[string, Limit | null]> = [
      ['limit', null],
      ['limit.resource', tokensPerMinute('')],
      ['limit.resource', tokensPerMinute('has spaces')],
      ['limit.amount', tokensPerMinute('r1', { amount: '0' })],
      ['limit.amount', tokensPerMinute('r1', { amount: '-5' })],
      ['limit.unit', tokensPerMinute('r1', { unit: 'QUOTA_UNIT_UNSPECIFIED' })],
      ['limit.unit', tokensPerMinute('r1', { unit: 42 as unknown as Limit['unit'] })],
      ['limit.scope', tokensPerMinute('r1', { scope: 'QUOTA_SCOPE_UNSPECIFIED' })],
      ['limit.window', tokensPerMinute('r1', { window: 'QUOTA_WINDOW_UNSPECIFIED' })],
      ['limit.window_ms', tokensPerMinute('r1', { window_ms: '0' })],
      ['limit.window_ms', tokensPerMinute('r1', { window: 'QUOTA_WINDOW_CONCURRENT', window_ms: '1000' })],
      ['limit.tenant_id', tokensPerMinute('r1', { scope: 'QUOTA_SCOPE_GLOBAL', tenant_id: 'tenant-a' })],
      ['limit.tenant_id', tokensPerMinute('r1', { tenant_id: 'no/slashes' })],
      ['limit.key', tokensPerMinute('r1', { key: 'k1' })],
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

  it('replaces the limit with the same resource, unit, scope, tenant and key instead of adding one', async () => {
    const tenant = `t-${randomId()}`;
    await client.call('DefineLimit', { limit: tokensPerMinute('maps.geocode', { tenant_id: tenant }) });
    const before = await limitCount();
    const replaced = await client.call('DefineLimit', { limit: tokensPerMinute('maps.geocode', { tenant_id: tenant, amount: '500', window: 'QUOTA_WINDOW_SLIDING' }) });
    expect(replaced).to.include({ amount: '500', window: 'QUOTA_WINDOW_SLIDING' });
    expect(await limitCount()).to.equal(before);
    const { limits } = await client.call('ListLimits', { tenant_id: tenant, resource: 'maps.geocode' });
    expect(limits.filter((l) => l.tenant_id === tenant).map((l) => l.amount)).to.deep.equal(['500']);
  });

  it("lists the global limits, the defaults and the caller tenant's own limits, never another tenant's", async () => {
    const resource = `api-${randomId()}`;
    const [mine, theirs] = [`t-${randomId()}`, `t-${randomId()}`];
    await client.call('DefineLimit', { limit: tokensPerMinute(resource, { scope: 'QUOTA_SCOPE_GLOBAL', amount: '1000000' }) });
    await client.call('DefineLimit', { limit: tokensPerMinute(resource, { amount: '1000' }) });
    await client.call('DefineLimit', { limit: tokensPerMinute(resource, { tenant_id: mine, amount: '2000' }) });
    await client.call('DefineLimit', { limit: tokensPerMinute(resource, { tenant_id: theirs, amount: '3000' }) });
    await client.call('DefineLimit', { limit: tokensPerMinute(`${resource}-other`, { tenant_id: mine }) });

    const forMe = await client.call('ListLimits', { tenant_id: mine, resource });
    expect(forMe.limits.map((l) => `${l.scope}/${l.tenant_id}/${l.amount}`)).to.deep.equal([
      'QUOTA_SCOPE_GLOBAL//1000000',
      'QUOTA_SCOPE_TENANT//1000',
      `QUOTA_SCOPE_TENANT/${mine}/2000`,
    ]);
    const defaultsOnly = await client.call('ListLimits', { tenant_id: '', resource });
    expect(defaultsOnly.limits.map((l) => l.amount)).to.deep.equal(['1000000', '1000']);
    const everyResource = await client.call('ListLimits', { tenant_id: mine });
    expect(everyResource.limits.map((l) => l.resource)).to.include(`${resource}-other`);
    expect(everyResource.limits.map((l) => l.tenant_id)).to.not.include(theirs);
  });

  it('answers UNIMPLEMENTED for the methods later issues fill in', async () => {
    const err = await rejection(client.call('AcquireGrant', { tenant_id: 'tenant-a', resource: 'r1', amounts: [{ unit: 'QUOTA_UNIT_REQUESTS', amount: 1 }] }));
    expect(err.code).to.equal('UNIMPLEMENTED');
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
