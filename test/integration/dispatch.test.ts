import { createServer, type AddressInfo } from 'node:net';
import { expect } from 'chai';
import { rejection } from '@sluice/testing';
import { defineStage, defineWorkflow } from '@sluice/worker';
import { WorkflowFixture } from '../support/workflow-fixture.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts handlers running at once, overall and per key, and keeps the highest counts seen. */
class Concurrency {
  readonly max = new Map<string, number>();
  readonly #now = new Map<string, number>();

  async run<T>(keys: string[], work: () => Promise<T>): Promise<T> {
    for (const k of keys) {
      const n = (this.#now.get(k) ?? 0) + 1;
      this.#now.set(k, n);
      this.max.set(k, Math.max(this.max.get(k) ?? 0, n));
    }
    try {
      return await work();
    } finally {
      for (const k of keys) this.#now.set(k, this.#now.get(k)! - 1);
    }
  }
}

describe('dispatch: priorities, concurrency limits and queue limits', function () {
  this.timeout(60_000);
  let fx: WorkflowFixture;

  before(async () => {
    fx = await WorkflowFixture.start();
  });

  after(async () => {
    await fx?.stop();
  });

  /**
   * A one-stage type on a worker with one slot, whose workflows are named by their input. The
   * one named "blocker" holds the slot until `release()`; `order` lists the names as they run.
   * `create` starts one, with a priority of its own or without.
   */
  async function oneSlot(type: string, tenant: string, stage: { priority?: number } = {}) {
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const run = defineStage<{ name: string }, null>({
      name: 'run',
      ...stage,
      handler: async (input) => {
        if (input.name === 'blocker') await gate;
        order.push(input.name);
        return null;
      },
    });
    await fx.worker([defineWorkflow({ type, stages: [run] })], { concurrency: 1 });
    const create = (name: string, priority?: number) =>
      fx.client.call('CreateWorkflow', { tenant_id: tenant, type, input_json: JSON.stringify({ name }), ...(priority === undefined ? {} : { priority }) });
    const blocker = await create('blocker');
    await fx.until(tenant, blocker.id, ['PROCESSING']);
    return { order, release, create };
  }

  it('runs a high-priority workflow\'s stage before normal ones queued earlier', async () => {
    const { order, release, create } = await oneSlot('prio', 'tenant-prio');
    const created = [];
    for (const name of ['normal-1', 'normal-2', 'normal-3']) created.push(await create(name));
    created.push(await create('urgent', 10));
    release();
    for (const wf of created) await fx.until('tenant-prio', wf.id, ['COMPLETED']);
    // One worker slot: after the blocker, the urgent one runs before every normal one queued before it.
    expect(order[0]).to.equal('blocker');
    expect(order.indexOf('urgent')).to.be.lessThan(order.indexOf('normal-1'));
    expect(order.filter((n) => n.startsWith('normal'))).to.deep.equal(['normal-1', 'normal-2', 'normal-3']);
  });

  it('queues a stage at its default priority for workflows created without one; a workflow\'s own priority overrides it', async () => {
    const tenant = 'tenant-stage-prio';
    const { order, release, create } = await oneSlot('stage-prio', tenant, { priority: 20 });
    const created = [await create('own-10', 10), await create('default-a'), await create('own-30', 30), await create('default-b'), await create('own-0', 0)];
    expect(created.map((wf) => wf.priority)).to.deep.equal([10, undefined, 30, undefined, 0]);
    release();
    for (const wf of created) await fx.until(tenant, wf.id, ['COMPLETED']);
    // Without a priority of their own, the default-* ones run at the stage's 20: after 30, before 10 and 0.
    expect(order).to.deep.equal(['blocker', 'own-30', 'default-a', 'default-b', 'own-10', 'own-0']);
  });

  it('keeps a stage within its concurrency limit across workers', async () => {
    const seen = new Concurrency();
    const limited = defineWorkflow({
      type: 'limited',
      stages: [defineStage({ name: 'call', maxConcurrency: 2, handler: async () => seen.run(['all'], () => sleep(150)) })],
    });
    await fx.worker([limited]);
    await fx.worker([limited]);
    const wfs = [];
    for (let i = 0; i < 8; i++) wfs.push(await fx.create('tenant-limit', 'limited'));
    for (const wf of wfs) await fx.until('tenant-limit', wf.id, ['COMPLETED'], 20_000);
    expect(seen.max.get('all')).to.equal(2);
  });

  it('keeps each tenant within the per-tenant limit while tenants run side by side', async () => {
    const seen = new Concurrency();
    await fx.worker([
      defineWorkflow({
        type: 'fair',
        maxConcurrencyPerTenant: 1,
        stages: [defineStage({ name: 'call', handler: async (_input, ctx) => seen.run(['all', ctx.tenantId], () => sleep(150)) })],
      }),
    ]);
    const wfs = [];
    for (let i = 0; i < 3; i++) for (const t of ['tenant-a', 'tenant-b']) wfs.push([t, (await fx.create(t, 'fair')).id] as const);
    for (const [t, id] of wfs) await fx.until(t, id, ['COMPLETED'], 20_000);
    expect(seen.max.get('tenant-a')).to.equal(1);
    expect(seen.max.get('tenant-b')).to.equal(1);
    expect(seen.max.get('all')).to.equal(2);
  });

  it('refuses a workflow over the tenant\'s queue limit with RESOURCE_EXHAUSTED and creates nothing', async () => {
    await fx.client.call('RegisterDefinition', { type: 'capped', stages: [{ name: 'wait' }], max_queued_per_tenant: 2 });
    await fx.create('tenant-cap', 'capped');
    await fx.create('tenant-cap', 'capped');
    const count = async () => Number((await fx.db.query("select count(*) from workflow.workflows where type = 'capped' and tenant_id = 'tenant-cap'")).rows[0].count);
    const err = await rejection(fx.create('tenant-cap', 'capped'));
    expect(err.code).to.equal('RESOURCE_EXHAUSTED');
    expect(err.message).to.equal('tenant tenant-cap already has 2 capped workflows waiting (the limit is 2)');
    expect(await count()).to.equal(2);
    // Another tenant has its own queue.
    expect((await fx.create('tenant-other', 'capped')).state).to.equal('QUEUED');
  });

  it('keeps the queue limit when an old estimate admitted a creation and was recounted behind it', async () => {
    await fx.client.call('RegisterDefinition', { type: 'recount', stages: [{ name: 'wait' }], max_queued_per_tenant: 10 });
    const count = async () => Number((await fx.db.query("select count(*) from workflow.workflows where type = 'recount' and tenant_id = 'tenant-rc'")).rows[0].count);
    await fx.create('tenant-rc', 'recount');
    await fx.create('tenant-rc', 'recount');
    // Queued behind the service's back (as another replica would): its estimate still says 2.
    await fx.db.query(
      "insert into workflow.workflows (id, tenant_id, type, definition_version, state, input) select gen_random_uuid(), 'tenant-rc', 'recount', 1, 'QUEUED', '{}' from generate_series(1, 2)",
    );
    await new Promise((r) => setTimeout(r, 1_100)); // the estimate is older than its 1 s
    // Far below the limit, the old estimate admits at once and a recount runs behind it.
    expect((await fx.create('tenant-rc', 'recount')).state).to.equal('QUEUED');
    const outcomes: string[] = [];
    for (let i = 0; i < 8; i++) outcomes.push(await fx.create('tenant-rc', 'recount').then(() => 'created', (e: { code: string }) => e.code));
    expect(outcomes).to.deep.equal(['created', 'created', 'created', 'created', 'created', 'RESOURCE_EXHAUSTED', 'RESOURCE_EXHAUSTED', 'RESOURCE_EXHAUSTED']);
    expect(await count()).to.equal(10);
  });

  it('gives each of many creations sent at once its own outcome: created, refused, or the same workflow for a repeated key', async () => {
    await fx.client.call('RegisterDefinition', { type: 'burst', stages: [{ name: 'wait' }], max_queued_per_tenant: 5 });
    const create = (tenant: string, type: string, key = '') => fx.client.call('CreateWorkflow', { tenant_id: tenant, type, input_json: '{}', idempotency_key: key });
    // Sent together, they share transactions (group commit); none may answer for another.
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 7 }, () => create('tenant-burst', 'burst')),
      create('tenant-burst-keys', 'burst', 'order-1'),
      create('tenant-burst-keys', 'burst', 'order-1'),
      create('tenant-burst', 'no-such-type'),
    ]);
    const codes = outcomes.map((o) => (o.status === 'fulfilled' ? o.value.state : (o.reason as { code: string }).code));
    expect(codes.slice(0, 7).filter((c) => c === 'QUEUED')).to.have.length(5);
    expect(codes.slice(0, 7).filter((c) => c === 'RESOURCE_EXHAUSTED')).to.have.length(2);
    const [first, repeat] = outcomes.slice(7, 9).map((o) => (o as PromiseFulfilledResult<{ id: string }>).value.id);
    expect(repeat).to.equal(first);
    expect(codes[9]).to.equal('INVALID_ARGUMENT');
    const stored = await fx.db.query("select tenant_id, count(*)::int as n from workflow.workflows where type = 'burst' group by tenant_id order by tenant_id");
    expect(stored.rows).to.deep.equal([
      { tenant_id: 'tenant-burst', n: 5 },
      { tenant_id: 'tenant-burst-keys', n: 1 },
    ]);
  });

  it('runs a next stage on the worker that finished the previous one without a task between them, within the stage\'s concurrency', async () => {
    const seen = new Concurrency();
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    await fx.worker(
      [
        defineWorkflow({
          type: 'relay',
          stages: [
            defineStage<{ n: number; hold: boolean }, { n: number; hold: boolean }>({ name: 'a', handler: async (input) => ({ ...input, n: input.n + 1 }) }),
            defineStage<{ n: number; hold: boolean }, { n: number }>({
              name: 'b',
              handler: (input) =>
                seen.run(['b'], async () => {
                  if (input.hold) await gate;
                  return { n: input.n * 10 };
                }),
            }),
          ],
        }),
      ],
      { concurrency: 1 },
    );
    const tenant = 'tenant-relay';
    const held = await fx.create(tenant, 'relay', { n: 1, hold: true });
    const untilAt = async (id: string, state: string, stage: string) => {
      for (let wf = await fx.until(tenant, id, [state]); wf.current_stage !== stage; wf = await fx.until(tenant, id, [state])) await sleep(20);
    };
    await untilAt(held.id, 'PROCESSING', 'b');
    // b's one slot is taken: the second workflow's b cannot be handed back, it waits in the queue.
    const queued = await fx.create(tenant, 'relay', { n: 2, hold: false });
    await untilAt(queued.id, 'QUEUED', 'b');
    open();
    const outputs = [];
    for (const wf of [held, queued]) outputs.push(JSON.parse((await fx.until(tenant, wf.id, ['COMPLETED'])).output_json));
    expect(outputs).to.deep.equal([{ n: 20 }, { n: 30 }]);
    expect(seen.max.get('b')).to.equal(1);
    // Handed back: b was leased in the statement that completed a (the same database time, the
    // same worker); queued: claimed later, through its task.
    const bClaim = async (id: string) => {
      const h = await fx.history(id);
      const i = h.findIndex((r) => r.from_state === 'PROCESSING' && r.to_state === 'QUEUED');
      return { queuedAt: h[i]!.at.getTime(), claimedAt: h[i + 1]!.at.getTime(), actors: new Set(h.filter((r) => r.to_state === 'PROCESSING').map((r) => r.actor)) };
    };
    const [direct, viaQueue] = [await bClaim(held.id), await bClaim(queued.id)];
    expect(direct.claimedAt).to.equal(direct.queuedAt);
    expect(direct.actors.size).to.equal(1);
    expect(viaQueue.claimedAt).to.be.greaterThan(viaQueue.queuedAt);
  });

  it('starts a workflow created while a worker waits for new ones in the statement that creates it, and queues it when the worker does not wait', async () => {
    const instant = (type: string) => defineWorkflow({ type, stages: [defineStage({ name: 'run', handler: async (input: { n: number }) => ({ n: input.n + 1 }) })] });
    const waiting = await fx.worker([instant('instant')], { concurrency: 4 });
    await fx.worker([instant('instant-off')], { concurrency: 4, waitingClaims: 0 });
    const tenant = 'tenant-instant';
    for (const type of ['instant', 'instant-off']) {
      // The first creation of a tenant and type in a process counts its queue exactly and queues as before.
      await fx.until(tenant, (await fx.create(tenant, type, { n: 0 })).id, ['COMPLETED']);
    }
    await sleep(100);
    const started = await fx.create(tenant, 'instant', { n: 1 });
    expect(started.state).to.equal('PROCESSING');
    expect(JSON.parse((await fx.until(tenant, started.id, ['COMPLETED'])).output_json)).to.deep.equal({ n: 2 });
    const h = await fx.history(started.id);
    expect(h.map((r) => `${r.from_state ?? '-'}>${r.to_state}`)).to.deep.equal(['->CREATED', 'CREATED>QUEUED', 'QUEUED>PROCESSING', 'PROCESSING>COMPLETED']);
    expect(h[2]!.at.getTime()).to.equal(h[1]!.at.getTime());
    expect(h[2]!.actor).to.equal(`worker:${waiting.id}`);
    const queued = await fx.create(tenant, 'instant-off', { n: 1 });
    expect(queued.state).to.equal('QUEUED');
    expect(JSON.parse((await fx.until(tenant, queued.id, ['COMPLETED'])).output_json)).to.deep.equal({ n: 2 });
  });
});

describe('the worker session across a restart of the workflow service', function () {
  this.timeout(60_000);

  it('opens its session again and goes on being handed new workflows; after shutdown, new ones are queued', async () => {
    const probe = createServer();
    const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as AddressInfo).port)));
    await new Promise((resolve) => probe.close(resolve));
    const fx = await WorkflowFixture.start({ SLUICE_GRPC_PORT: String(port) });
    const tenant = 'tenant-restart';
    const output = async (id: string) => JSON.parse((await fx.until(tenant, id, ['COMPLETED'])).output_json) as unknown;
    /** A creation once the worker's session has its waiting claims again (the first of a process is queued: it counts). */
    const createdWhileWaiting = async (n: number) => {
      for (let i = 0; i < 100; i++) {
        const wf = await fx.create(tenant, 'restarted', { n });
        if (wf.state === 'PROCESSING') return wf;
        await output(wf.id);
        await sleep(100);
      }
      throw new Error('no creation was handed to the waiting worker');
    };
    try {
      const worker = await fx.worker(
        [defineWorkflow({ type: 'restarted', stages: [defineStage({ name: 'run', handler: async (input: { n: number }) => ({ n: input.n * 10 }) })] })],
        { concurrency: 4 },
      );
      const before = await createdWhileWaiting(1);
      expect(await output(before.id)).to.deep.equal({ n: 10 });
      await fx.restart();
      const after = await createdWhileWaiting(2);
      expect((await fx.history(after.id)).map((t) => t.actor)).to.include(`worker:${worker.id}`);
      expect(await output(after.id)).to.deep.equal({ n: 20 });
      const started = Date.now();
      await worker.shutdown();
      expect(Date.now() - started).to.be.below(5_000);
      const later = await fx.create(tenant, 'restarted', { n: 3 });
      expect(later.state).to.equal('QUEUED');
    } finally {
      await fx.stop();
    }
  });
});
