import { expect } from 'chai';
import pg from 'pg';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { loadContracts, type AcquireGrantRequest, type Limit, type QuotaServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { randomId, suiteEnv, rejection } from '@sluice/testing';
import { readConfig } from '../src/config.ts';
import { startQuotaService, type QuotaService } from '../src/start.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('quota grants', function () {
  this.timeout(30_000);
  let service: QuotaService;
  let client: GrpcClient<QuotaServiceClient>;
  let db: pg.Client;
  let nc: NatsConnection;
  let prefix: string;
  let opsPort: number;

  before(async () => {
    const env = suiteEnv();
    prefix = env.prefix;
    nc = await connect({ servers: env.natsUrl });
    service = await startQuotaService(
      readConfig({
        DATABASE_URL: env.databaseUrl,
        NATS_URL: env.natsUrl,
        SLUICE_SUBJECT_PREFIX: env.prefix,
        SLUICE_GRPC_PORT: '0',
        SLUICE_OPS_PORT: '0',
        LOG_LEVEL: 'silent',
        SLUICE_HOST: '127.0.0.1',
        SLUICE_QUOTA_SWEEP_INTERVAL: '100ms',
      }),
    );
    client = createClient(loadContracts().services.quota, `127.0.0.1:${service.grpcPort}`);
    opsPort = service.opsPort!;
    db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
  });

  after(async () => {
    client?.close();
    await db?.end();
    await nc?.close();
    await service?.shutdown();
  });

  /** The quota events published for one tenant so far, waiting up to `waitMs` for at least `atLeast`. */
  async function quotaEvents(tenant: string, atLeast: number, waitMs = 5_000): Promise<Array<{ type: string; data: Record<string, any> }>> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const jsm = await jetstreamManager(nc);
    const stream = `${prefix.toUpperCase()}_EVENTS`;
    const durable = `test_quota_${randomId()}`;
    await jsm.consumers.add(stream, { durable_name: durable, ack_policy: AckPolicy.None, filter_subject: `${prefix}.events.quota.${tenant}.>` });
    try {
      const events: Array<{ type: string; data: Record<string, unknown> }> = [];
      const consumer = await jetstream(nc).consumers.get(stream, durable);
      const deadline = Date.now() + waitMs;
      while (events.length < atLeast && Date.now() < deadline) {
        for await (const msg of await consumer.fetch({ max_messages: 100, expires: 1000 })) events.push(msg.json());
      }
      return events;
    } finally {
      await jsm.consumers.delete(stream, durable);
    }
  }

  /** A fresh resource with the given limits; returns its name and a tenant of its own. */
  const setup = async (limits: Array<Partial<Limit>>, prices: Array<{ unit: string; micros: number; per: number }> = []) => {
    const resource = `up-${randomId()}`;
    await client.call('PutResource', { resource: { name: resource, prices: prices as never } });
    for (const [i, l] of limits.entries()) {
      await client.call('DefineLimit', { limit: { resource, name: `l${i}`, unit: 'QUOTA_UNIT_REQUESTS', scope: 'QUOTA_SCOPE_TENANT', amount: '1', window: 'QUOTA_WINDOW_FIXED', window_ms: '60000', ...l } });
    }
    return { resource, tenant: `t-${randomId()}` };
  };
  const acquire = (resource: string, tenant: string, extra: Partial<AcquireGrantRequest> = {}) =>
    client.call('AcquireGrant', { tenant_id: tenant, resource, amounts: [{ unit: 'QUOTA_UNIT_REQUESTS', amount: 1 }], ...extra });
  const tokens = (input: number, output = 0) => [
    { unit: 'QUOTA_UNIT_REQUESTS' as const, amount: 1 },
    { unit: 'QUOTA_UNIT_INPUT_TOKENS' as const, amount: input },
    { unit: 'QUOTA_UNIT_OUTPUT_TOKENS' as const, amount: output },
  ];

  it('grants up to a fixed window limit, then refuses with the window end as retry_at and what remains', async () => {
    const { resource, tenant } = await setup([{ amount: '3', window_ms: '3600000' }]);
    for (let i = 0; i < 3; i++) expect((await acquire(resource, tenant)).granted).to.equal(true);
    const denied = await acquire(resource, tenant);
    expect(denied.granted).to.equal(false);
    expect(denied.denial_reason).to.equal('DENIAL_REASON_WINDOW_EXHAUSTED');
    const hourEnd = Math.ceil(Date.parse(denied.server_time) / 3_600_000) * 3_600_000;
    expect(Date.parse(denied.retry_at)).to.equal(hourEnd);
    expect(denied.limiting).to.have.length(1);
    expect(denied.limiting[0]).to.include({ used: '3', remaining: '0', retry_at: denied.retry_at });
    expect(denied.reason).to.include('l0').and.include('0 left');
  });

  it('decides every limit a request touches atomically: a refusal charges no other limit', async () => {
    const { resource, tenant } = await setup([
      { name: 'rpm', amount: '100' },
      { name: 'tpm', unit: 'QUOTA_UNIT_INPUT_TOKENS', amount: '1000' },
    ]);
    expect((await acquire(resource, tenant, { amounts: tokens(900) })).granted).to.equal(true);
    // 200 more tokens would pass rpm but not tpm: nothing is charged anywhere.
    for (let i = 0; i < 5; i++) expect((await acquire(resource, tenant, { amounts: tokens(200) })).granted).to.equal(false);
    const status = await client.call('GetQuotaStatus', { tenant_id: tenant, resource });
    const used = Object.fromEntries(status.limits.map((l) => [l.limit!.name, l.used]));
    expect(used).to.deep.equal({ rpm: '1', tpm: '900' });
    expect((await acquire(resource, tenant, { amounts: tokens(100) })).granted).to.equal(true);
  });

  it('counts per tenant, per API key and per workflow type, and globally across tenants', async () => {
    const { resource, tenant } = await setup([
      { name: 'global', scope: 'QUOTA_SCOPE_GLOBAL', amount: '5' },
      { name: 'tenant', scope: 'QUOTA_SCOPE_TENANT', amount: '3' },
      { name: 'key', scope: 'QUOTA_SCOPE_API_KEY', amount: '1' },
      { name: 'type', scope: 'QUOTA_SCOPE_WORKFLOW_TYPE', amount: '2' },
    ]);
    const other = `t-${randomId()}`;
    const at = (t: string, api_key = '', workflow_type = '') => acquire(resource, t, { api_key, workflow_type });
    expect((await at(tenant, 'k1', 'a')).granted).to.equal(true);
    const keyDenied = await at(tenant, 'k1', 'b');
    expect(keyDenied.granted).to.equal(false);
    expect(keyDenied.limiting.map((l) => l.limit!.name)).to.deep.equal(['key']);
    expect((await at(tenant, 'k2', 'a')).granted).to.equal(true);
    const typeDenied = await at(tenant, 'k3', 'a');
    expect(typeDenied.limiting.map((l) => l.limit!.name)).to.deep.equal(['type']);
    expect((await at(tenant, '', 'b')).granted).to.equal(true);
    expect((await at(tenant)).limiting.map((l) => l.limit!.name)).to.deep.equal(['tenant']);
    // The other tenant has its own tenant counter but shares the global one (3 of 5 used).
    expect((await at(other)).granted).to.equal(true);
    expect((await at(other)).granted).to.equal(true);
    const globalDenied = await at(other);
    expect(globalDenied.limiting.map((l) => `${l.limit!.name}:${l.partition}`)).to.deep.equal(['global:']);
  });

  it("lets a tenant's own limit replace the default of the same name", async () => {
    const { resource, tenant } = await setup([{ name: 'rpm', amount: '1' }]);
    await client.call('DefineLimit', { limit: { resource, name: 'rpm', unit: 'QUOTA_UNIT_REQUESTS', scope: 'QUOTA_SCOPE_TENANT', tenant_id: tenant, amount: '2', window: 'QUOTA_WINDOW_FIXED', window_ms: '60000' } });
    expect((await acquire(resource, tenant)).granted).to.equal(true);
    expect((await acquire(resource, tenant)).granted).to.equal(true);
    expect((await acquire(resource, tenant)).granted).to.equal(false);
    const other = `t-${randomId()}`;
    expect((await acquire(resource, other)).granted).to.equal(true);
    expect((await acquire(resource, other)).granted).to.equal(false);
  });

  it('gives an exact retry_at for a rolling limit: a retry at retry_at passes, one 30 ms earlier does not', async () => {
    const { resource, tenant } = await setup([{ window: 'QUOTA_WINDOW_ROLLING', amount: '2', window_ms: '1000' }]);
    expect((await acquire(resource, tenant)).granted).to.equal(true);
    expect((await acquire(resource, tenant)).granted).to.equal(true);
    const denied = await acquire(resource, tenant);
    expect(denied.granted).to.equal(false);
    expect(denied.denial_reason).to.equal('DENIAL_REASON_RATE_LIMITED');
    const retryAt = Date.parse(denied.retry_at);
    expect(Number(denied.retry_after_ms)).to.be.within(1, 500);
    // The same machine's clock is PostgreSQL's clock.
    await sleep(retryAt - 30 - Date.now());
    const early = await acquire(resource, tenant);
    expect(early.granted, `early at ${early.server_time} for ${denied.retry_at}`).to.equal(false);
    expect(Date.parse(early.retry_at)).to.equal(retryAt);
    await sleep(retryAt - Date.now());
    const onTime = await acquire(resource, tenant);
    expect(onTime.granted, `on time at ${onTime.server_time} for ${denied.retry_at}`).to.equal(true);
  });

  it('refunds unused units on commit, records overage, and returns everything on refund', async () => {
    const { resource, tenant } = await setup(
      [{ name: 'tpm', unit: 'QUOTA_UNIT_TOTAL_TOKENS', amount: '1000' }, { name: 'budget', unit: 'QUOTA_UNIT_COST_MICROS', amount: '1000000', window_ms: '86400000' }],
      [{ unit: 'QUOTA_UNIT_INPUT_TOKENS', micros: 100, per: 1 }, { unit: 'QUOTA_UNIT_OUTPUT_TOKENS', micros: 400, per: 1 }],
    );
    const a = await acquire(resource, tenant, { amounts: tokens(300, 300) });
    expect(a.granted).to.equal(true);
    expect(a.grant!.amounts).to.deep.include({ unit: 'QUOTA_UNIT_COST_MICROS', amount: '150000' });
    const committed = await client.call('CommitGrant', { tenant_id: tenant, grant_id: a.grant!.id, used: [{ unit: 'QUOTA_UNIT_INPUT_TOKENS', amount: 250 }, { unit: 'QUOTA_UNIT_OUTPUT_TOKENS', amount: 400 }] });
    expect(committed.state).to.equal('GRANT_STATE_COMMITTED');
    expect(committed.overage).to.deep.equal([{ unit: 'QUOTA_UNIT_OUTPUT_TOKENS', amount: '100' }]);
    expect(committed.used).to.deep.include({ unit: 'QUOTA_UNIT_COST_MICROS', amount: String(250 * 100 + 400 * 400) });
    const used = async () => Object.fromEntries((await client.call('GetQuotaStatus', { tenant_id: tenant, resource })).limits.map((l) => [l.limit!.name, [l.used, l.reserved]]));
    expect(await used()).to.deep.equal({ tpm: ['650', '0'], budget: ['185000', '0'] });
    const b = await acquire(resource, tenant, { amounts: tokens(100, 100) });
    expect(await used()).to.deep.equal({ tpm: ['850', '200'], budget: ['235000', '50000'] });
    await client.call('RefundGrant', { tenant_id: tenant, grant_id: b.grant!.id });
    expect(await used()).to.deep.equal({ tpm: ['650', '0'], budget: ['185000', '0'] });
    const ledger = await db.query('select outcome, input_tokens, output_tokens, cost_micros, overage_output_tokens from quota.usage_ledger where tenant_id = $1 order by settled_at', [tenant]);
    expect(ledger.rows).to.deep.equal([
      { outcome: 'COMMITTED', input_tokens: '250', output_tokens: '400', cost_micros: '185000', overage_output_tokens: '100' },
      { outcome: 'REFUNDED', input_tokens: '0', output_tokens: '0', cost_micros: '0', overage_output_tokens: '0' },
    ]);
  });

  it('expires a grant never settled and counts it as used', async () => {
    const { resource, tenant } = await setup([{ name: 'concurrent', window: 'QUOTA_WINDOW_CONCURRENT', window_ms: '0', amount: '1' }, { name: 'hour', amount: '5', window_ms: '3600000' }]);
    const a = await acquire(resource, tenant, { ttl_ms: 200 });
    expect((await acquire(resource, tenant)).denial_reason).to.equal('DENIAL_REASON_CONCURRENCY');
    await sleep(600);
    expect((await client.call('GetGrant', { tenant_id: tenant, grant_id: a.grant!.id })).state).to.equal('GRANT_STATE_EXPIRED');
    // The concurrency slot came back; the hour's count kept the expired request.
    const b = await acquire(resource, tenant);
    expect(b.granted).to.equal(true);
    expect(b.limits.find((l) => l.limit!.name === 'hour')!.used).to.equal('2');
    const err = await rejection(client.call('CommitGrant', { tenant_id: tenant, grant_id: a.grant!.id }));
    expect(err.code).to.equal('FAILED_PRECONDITION');
  });

  it('hands out a future-dated grant as a place in line, and gives it back once to the same workflow stage', async () => {
    const { resource, tenant } = await setup([{ window: 'QUOTA_WINDOW_ROLLING', amount: '1', window_ms: '500' }]);
    const holder = { workflow_id: `wf-${randomId()}`, stage: 'enrich' };
    expect((await acquire(resource, tenant)).granted).to.equal(true);
    const placed = await acquire(resource, tenant, { ...holder, max_wait_ms: 5000 });
    expect(placed.granted).to.equal(true);
    const notBefore = Date.parse(placed.grant!.not_before);
    expect(notBefore).to.be.greaterThan(Date.parse(placed.server_time));
    // Another caller cannot take the capacity the placed grant holds.
    expect((await acquire(resource, tenant)).granted).to.equal(false);
    await sleep(notBefore - Date.now() + 5);
    const back = await acquire(resource, tenant, { ...holder, max_wait_ms: 5000 });
    expect(back.grant!.id).to.equal(placed.grant!.id);
    const count = await db.query("select count(*)::int as n from quota.grants where workflow_id = $1", [holder.workflow_id]);
    expect(count.rows[0].n).to.equal(1);
    await client.call('CommitGrant', { tenant_id: tenant, grant_id: back.grant!.id });
  });

  it('answers the same grant to a retried acquire with the same idempotency key', async () => {
    const { resource, tenant } = await setup([{ amount: '5' }]);
    const first = await acquire(resource, tenant, { idempotency_key: 'k-1' });
    const again = await acquire(resource, tenant, { idempotency_key: 'k-1' });
    expect(again.grant!.id).to.equal(first.grant!.id);
    expect(again.limits[0]!.used).to.equal('1');
  });

  it('refuses bad input with INVALID_ARGUMENT or FAILED_PRECONDITION naming the field, and changes nothing', async () => {
    const { resource, tenant } = await setup([{ amount: '5' }]);
    const grant = (await acquire(resource, tenant)).grant!;
    await client.call('CommitGrant', { tenant_id: tenant, grant_id: grant.id });
    const snapshot = async () => (await db.query('select count(*)::int as n, sum(used)::int as used from quota.buckets b join quota.limits l on l.id = b.limit_id where l.resource = $1', [resource])).rows[0];
    const before = await snapshot();
    const cases: Array<[() => Promise<unknown>, string, string]> = [
      [() => client.call('CommitGrant', { tenant_id: tenant, grant_id: grant.id }), 'FAILED_PRECONDITION', 'grant_id'],
      [() => acquire(resource, tenant, { amounts: [{ unit: 'QUOTA_UNIT_REQUESTS', amount: -1 }] }), 'INVALID_ARGUMENT', 'amounts[0].amount'],
      [() => acquire(resource, tenant, { amounts: [] }), 'INVALID_ARGUMENT', 'amounts'],
      [() => acquire(resource, tenant, { amounts: [{ unit: 'QUOTA_UNIT_COST_MICROS', amount: 1 }] }), 'INVALID_ARGUMENT', 'amounts[0].unit'],
      [() => acquire(resource, tenant, { amounts: [{ unit: 'QUOTA_UNIT_REQUESTS', amount: 6 }] }), 'INVALID_ARGUMENT', 'amounts'],
      [() => acquire(resource, ''), 'INVALID_ARGUMENT', 'tenant_id'],
      [() => client.call('CommitGrant', { tenant_id: tenant, grant_id: 'nope' }), 'INVALID_ARGUMENT', 'grant_id'],
      [() => client.call('CommitGrant', { tenant_id: tenant, grant_id: grant.id, used: [{ unit: 'QUOTA_UNIT_INPUT_TOKENS', amount: -3 }] }), 'INVALID_ARGUMENT', 'used[0].amount'],
    ];
    for (const [call, code, field] of cases) {
      const err = await rejection(call());
      expect(err.code, err.message).to.equal(code);
      expect(err.details, err.message).to.include({ field });
    }
    const unknown = await rejection(acquire(`missing-${randomId()}`, tenant));
    expect(unknown.code).to.equal('FAILED_PRECONDITION');
    expect(unknown.details).to.include({ field: 'resource' });
    // Another tenant's grant is not found, never forbidden.
    expect((await rejection(client.call('RefundGrant', { tenant_id: `t-${randomId()}`, grant_id: grant.id }))).code).to.equal('NOT_FOUND');
    expect(await snapshot()).to.deep.equal(before);
  });

  it('backs off when the upstream says so, never above the configured limit', async () => {
    const { resource, tenant } = await setup([{ scope: 'QUOTA_SCOPE_GLOBAL', window: 'QUOTA_WINDOW_ROLLING', amount: '100', window_ms: '1000' }]);
    const report = await client.call('ReportUpstream', { tenant_id: tenant, resource, status_code: 429, headers: { 'retry-after-ms': '400' } });
    expect(report.applied[0]).to.include('back off 400 ms');
    const denied = await acquire(resource, tenant);
    expect(denied.denial_reason).to.equal('DENIAL_REASON_UPSTREAM_BACKOFF');
    expect(Date.parse(denied.retry_at)).to.equal(Date.parse(report.backoff_until));
    await sleep(Date.parse(report.backoff_until) - Date.now() + 5);
    expect((await acquire(resource, tenant)).granted).to.equal(true);
    const openai = await client.call('ReportUpstream', { tenant_id: tenant, resource, status_code: 200, headers: { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '250ms' } });
    expect(openai.applied[0]).to.include('x-ratelimit-remaining-requests is 0');
    const unexplained = await client.call('ReportUpstream', { tenant_id: tenant, resource, status_code: 429, headers: {} });
    expect(unexplained.rate_factor).to.equal(0.75);
    const status = await client.call('GetQuotaStatus', { tenant_id: tenant, resource });
    expect(status.limits[0]).to.include({ effective_amount: '75' });
  });

  it('resumes a rolling limit one emission interval at a time after a barrier, not in a burst', async () => {
    const { resource, tenant } = await setup([{ scope: 'QUOTA_SCOPE_GLOBAL', window: 'QUOTA_WINDOW_ROLLING', amount: '10', window_ms: '1000' }]);
    const report = await client.call('ReportUpstream', { tenant_id: tenant, resource, status_code: 429, headers: { 'retry-after-ms': '300' } });
    const end = Date.parse(report.backoff_until);
    // Two callers holding places in line: the first at the barrier's end, the next 100 ms (1 s / 10) after.
    const first = await acquire(resource, tenant, { max_wait_ms: 5000 });
    const second = await acquire(resource, tenant, { max_wait_ms: 5000 });
    expect(Date.parse(first.grant!.not_before)).to.equal(end);
    expect(Date.parse(second.grant!.not_before)).to.equal(end + 100);
  });

  it('says when amounts would fit without reserving anything', async () => {
    const { resource, tenant } = await setup([{ amount: '1', window_ms: '60000' }]);
    expect((await client.call('GetResetTime', { tenant_id: tenant, resource, amounts: [{ unit: 'QUOTA_UNIT_REQUESTS', amount: 1 }] })).available_now).to.equal(true);
    expect((await acquire(resource, tenant)).granted).to.equal(true);
    const later = await client.call('GetResetTime', { tenant_id: tenant, resource, amounts: [{ unit: 'QUOTA_UNIT_REQUESTS', amount: 1 }] });
    expect(later.available_now).to.equal(false);
    expect(Date.parse(later.available_at) % 60_000).to.equal(0);
  });

  it('reports usage per resource and workflow type from the ledger, refusals included', async () => {
    const { resource, tenant } = await setup([{ amount: '2' }], [{ unit: 'QUOTA_UNIT_REQUESTS', micros: 1000, per: 1 }]);
    for (const type of ['a', 'b']) {
      const g = await acquire(resource, tenant, { workflow_type: type });
      await client.call('CommitGrant', { tenant_id: tenant, grant_id: g.grant!.id });
    }
    await acquire(resource, tenant, { workflow_type: 'a' });
    const usage = await client.call('GetUsage', { tenant_id: tenant, resource, group_by: 'USAGE_GROUP_WORKFLOW_TYPE' });
    expect(usage.rows.map((r) => [r.group, r.requests, r.cost_micros, r.denials])).to.deep.equal([
      ['a', '1', '1000', 1],
      ['b', '1', '1000', 0],
    ]);
    expect(usage.totals).to.have.length(1);
    expect(usage.totals[0]).to.include({ requests: '2', cost_micros: '2000', grants: 2, denials: 1 });
    const none = await client.call('GetUsage', { tenant_id: `t-${randomId()}`, resource });
    expect(none.rows).to.deep.equal([]);
  });

  it('answers each item of a batched acquire and settlement on its own', async () => {
    const { resource, tenant } = await setup([{ amount: '2', window_ms: '60000' }]);
    const one = { tenant_id: tenant, resource, amounts: [{ unit: 'QUOTA_UNIT_REQUESTS' as const, amount: 1 }] };
    const { results } = await client.call('AcquireGrants', { items: [one, one, { ...one, resource: `missing-${randomId()}` }, one] });
    expect(results.map((r) => (r.error ? r.error.code : r.response!.granted))).to.deep.equal([true, true, 'FAILED_PRECONDITION', false]);
    const [a, b] = [results[0]!.response!.grant!, results[1]!.response!.grant!];
    const settled = await client.call('SettleGrants', {
      items: [{ commit: { tenant_id: tenant, grant_id: a.id } }, { refund: { tenant_id: tenant, grant_id: b.id } }, { commit: { tenant_id: tenant, grant_id: a.id } }],
    });
    expect(settled.results.map((r) => (r.error ? r.error.code : r.grant!.state))).to.deep.equal(['GRANT_STATE_COMMITTED', 'GRANT_STATE_REFUNDED', 'FAILED_PRECONDITION']);
    expect(JSON.parse(settled.results[2]!.error!.details_json)).to.include({ field: 'grant_id' });
  });

  it('resets a calendar day at midnight in its own time zone, and a month on the first', async () => {
    const { resource, tenant } = await setup([
      { name: 'day-la', window: 'QUOTA_WINDOW_CALENDAR', window_ms: '0', calendar_unit: 'CALENDAR_UNIT_DAY', time_zone: 'America/Los_Angeles', amount: '1' },
    ]);
    expect((await acquire(resource, tenant)).granted).to.equal(true);
    const denied = await acquire(resource, tenant);
    expect(denied.denial_reason).to.equal('DENIAL_REASON_WINDOW_EXHAUSTED');
    expect(denied.retry_at).to.equal(nextLocalMidnight(Date.parse(denied.server_time), 'America/Los_Angeles'));
    const month = await setup([{ name: 'month', window: 'QUOTA_WINDOW_CALENDAR', window_ms: '0', calendar_unit: 'CALENDAR_UNIT_MONTH', amount: '1' }]);
    expect((await acquire(month.resource, month.tenant)).granted).to.equal(true);
    const monthDenied = await acquire(month.resource, month.tenant);
    const now = new Date(monthDenied.server_time);
    expect(monthDenied.retry_at).to.equal(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString());
  });

  it('publishes quota.warning past 80 %, quota.exceeded once per window, and quota.reset when the window ends', async () => {
    const { resource, tenant } = await setup([{ name: 'w', amount: '5', window_ms: '1000' }]);
    // Start early in a window so that all of it happens within one.
    await sleep(1000 - (Date.now() % 1000) + 20);
    for (let i = 0; i < 5; i++) expect((await acquire(resource, tenant)).granted).to.equal(true);
    for (let i = 0; i < 3; i++) expect((await acquire(resource, tenant)).granted).to.equal(false);
    const events = await quotaEvents(tenant, 3);
    expect(events.map((e) => e.type)).to.deep.equal(['sluice.quota.warning', 'sluice.quota.exceeded', 'sluice.quota.reset']);
    const [warning, exceeded, reset] = events;
    expect(warning!.data).to.deep.include({ tenant_id: tenant, resource, threshold_percent: 80, utilisation: 0.8 });
    expect(exceeded!.data).to.deep.include({ reason: 'DENIAL_REASON_WINDOW_EXHAUSTED' });
    expect(exceeded!.data.limit).to.deep.include({ limit_name: 'w', amount: '5', remaining: '0', partition: tenant });
    expect(Date.parse(reset!.data.window_started_at)).to.equal(Date.parse(exceeded!.data.retry_at));
  });

  it('counts grants, refusals, utilisation and decision time in Prometheus metrics', async () => {
    const { resource, tenant } = await setup([{ name: 'm', amount: '1', window_ms: '60000' }]);
    await acquire(resource, tenant);
    await acquire(resource, tenant);
    const res = await fetch(`http://127.0.0.1:${opsPort}/metrics`);
    const text = await res.text();
    expect(text).to.match(new RegExp(`sluice_quota_grants_total\\{resource="${resource}",service="quota"\\} 1`));
    expect(text).to.match(new RegExp(`sluice_quota_denials_total\\{resource="${resource}",service="quota"\\} 1`));
    expect(text).to.match(new RegExp(`sluice_quota_utilisation\\{resource="${resource}",limit="m",partition="${tenant}",service="quota"\\} 1`));
    expect(text).to.match(/sluice_quota_reservation_seconds_count\{service="quota",method="AcquireGrant"\} \d+/);
    expect(text).to.include('sluice_quota_tick_seconds_count');
  });
});

/** The next midnight in `zone` after `ms`, found by asking Intl (not PostgreSQL) what the local time is. */
function nextLocalMidnight(ms: number, zone: string): string {
  const local = (t: number) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t);
  const today = local(ms).slice(0, 10);
  for (let t = Math.floor(ms / 60_000) * 60_000 + 60_000; ; t += 60_000) {
    if (local(t).slice(0, 10) !== today) return new Date(t).toISOString();
  }
}
