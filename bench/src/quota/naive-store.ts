import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { BenchLimit } from './limits.ts';
import type { CounterView, GrantView, LimitView } from './quota-messages.ts';

// The comparator of the quota benchmark: the textbook way to keep a limit in PostgreSQL, one
// counter row locked per request. An acquire is its own transaction (BEGIN; the counter
// SELECT … FOR UPDATE; decide; UPDATE it; INSERT the grant; COMMIT), and so is a commit
// (BEGIN; UPDATE the grant; UPDATE the counter; COMMIT). Every statement is a named prepared
// statement (planned once per connection), times come from PostgreSQL's clock, and a grant's
// idempotency key is unique as in Sluice (a retried acquire finds its first grant). One limit
// per resource, which is all the benchmark's scenarios need.

export const NAIVE_SCHEMA = [
  `create table limits (resource text primary key, scope text not null, window_kind text not null, amount bigint not null, window_ms bigint not null)`,
  `create table counters (id text primary key, tat_us float8 not null default 0, window_start_us float8 not null default 0, used bigint not null default 0)`,
  `create table grants (
    id uuid primary key, tenant_id text not null, resource text not null, counter_id text not null, amount bigint not null,
    idempotency_key text not null default '', state text not null, window_us float8 not null,
    created_us float8 not null, not_before_us float8 not null, expires_us float8 not null, settled_us float8)`,
  `create unique index grants_idempotency on grants (tenant_id, idempotency_key) where idempotency_key <> ''`,
];

export async function insertNaiveLimit(client: pg.Client, l: BenchLimit): Promise<void> {
  await client.query('insert into limits (resource, scope, window_kind, amount, window_ms) values ($1, $2, $3, $4, $5)', [l.resource, l.scope, l.window, l.amount, l.windowMs]);
}

const LIMIT = { name: 'naive_limit', text: 'select resource, scope, window_kind, amount, window_ms from limits where resource = $1' };
const LOCK = { name: 'naive_lock', text: 'select tat_us, window_start_us, used, extract(epoch from clock_timestamp()) * 1e6 as now_us from counters where id = $1 for update' };
const CREATE = { name: 'naive_create', text: 'insert into counters (id) values ($1) on conflict do nothing' };
const UPDATE = { name: 'naive_update', text: 'update counters set tat_us = $2, window_start_us = $3, used = $4 where id = $1' };
const INSERT = {
  name: 'naive_insert',
  text: `insert into grants (id, tenant_id, resource, counter_id, amount, idempotency_key, state, window_us, created_us, not_before_us, expires_us)
    values ($1, $2, $3, $4, $5, $6, 'ACTIVE', $7, $8, $8, $9) on conflict do nothing returning id`,
};
const EXISTING = { name: 'naive_existing', text: 'select * from grants where tenant_id = $1 and idempotency_key = $2' };
const SETTLE = {
  name: 'naive_settle',
  text: `update grants set state = 'COMMITTED', settled_us = extract(epoch from clock_timestamp()) * 1e6
    where id = $1 and tenant_id = $2 and state = 'ACTIVE' returning *`,
};
// Gives back what the grant reserved and did not use (GCRA: the TAT moves back, never before
// now; a window: only while it is still the window charged). The bench commits what it
// reserved, so the refund is 0, but the counter is written as a real commit would.
const REFUND = {
  name: 'naive_refund',
  text: `update counters set
      tat_us = case when $3::text = 'ROLLING' and $2::bigint > 0 then greatest(extract(epoch from clock_timestamp()) * 1e6, tat_us - $2 * $4::float8) else tat_us end,
      used = case when $3::text = 'FIXED' and window_start_us = $5 then used - $2 else used end
    where id = $1`,
};

// The naive server's limit, grant and counter are the shapes its answers are built from.
export type NaiveLimit = LimitView;
export type NaiveGrant = GrantView;
export type CounterAfter = CounterView;

export type NaiveAcquire =
  | { readonly granted: true; readonly grant: NaiveGrant; readonly limit: NaiveLimit; readonly counter: CounterAfter; readonly nowUs: number }
  | { readonly granted: false; readonly retryAtUs: number; readonly limit: NaiveLimit; readonly counter: CounterAfter; readonly nowUs: number };

interface CounterRow {
  tat_us: number;
  window_start_us: number;
  used: string;
  now_us: number;
}

interface GrantRow {
  id: string;
  tenant_id: string;
  resource: string;
  counter_id: string;
  amount: string;
  state: 'ACTIVE' | 'COMMITTED';
  window_us: number;
  created_us: number;
  not_before_us: number;
  expires_us: number;
  settled_us: number | null;
}

const grantOf = (r: GrantRow): NaiveGrant => ({
  id: r.id,
  tenantId: r.tenant_id,
  resource: r.resource,
  amount: Number(r.amount),
  state: r.state,
  createdUs: r.created_us,
  notBeforeUs: r.not_before_us,
  expiresUs: r.expires_us,
  settledUs: r.settled_us,
});

/** Thrown when a commit names a grant that does not exist or is settled already. */
export class NaiveGrantNotActive extends Error {
  static of(id: string): NaiveGrantNotActive {
    return new NaiveGrantNotActive(`grant ${id} is not an active grant of this tenant`);
  }
}

export class NaiveStore {
  readonly #pool: pg.Pool;
  readonly #limits = new Map<string, Promise<NaiveLimit | undefined>>();
  readonly #ttlUs: number;

  constructor(pool: pg.Pool, ttlMs = 600_000) {
    this.#pool = pool;
    this.#ttlUs = ttlMs * 1000;
  }

  /** A resource's limit, read once (limits do not change during a run). */
  limit(resource: string): Promise<NaiveLimit | undefined> {
    let l = this.#limits.get(resource);
    if (l === undefined) {
      l = this.#pool.query<{ resource: string; scope: BenchLimit['scope']; window_kind: BenchLimit['window']; amount: string; window_ms: string }>(LIMIT, [resource]).then((r) => {
        const row = r.rows[0];
        return row === undefined ? undefined : { resource: row.resource, scope: row.scope, window: row.window_kind, amount: Number(row.amount), windowUs: Number(row.window_ms) * 1000 };
      });
      this.#limits.set(resource, l);
    }
    return l;
  }

  async acquire(limit: NaiveLimit, tenantId: string, amount: number, idempotencyKey: string): Promise<NaiveAcquire> {
    const counterId = limit.scope === 'GLOBAL' ? limit.resource : `${limit.resource}/${tenantId}`;
    const c = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      await c.query('begin');
      let row = (await c.query<CounterRow>(LOCK, [counterId])).rows[0];
      if (row === undefined) {
        await c.query(CREATE, [counterId]);
        row = (await c.query<CounterRow>(LOCK, [counterId])).rows[0]!;
      }
      const d = decide(limit, row, amount);
      if (!d.granted) {
        await c.query('rollback');
        return { granted: false, retryAtUs: d.retryAtUs, limit, counter: d.counter, nowUs: d.nowUs };
      }
      await c.query(UPDATE, [counterId, d.tatUs, d.windowStartUs, d.used]);
      const id = randomUUID();
      const inserted = await c.query(INSERT, [id, tenantId, limit.resource, counterId, amount, idempotencyKey, d.windowStartUs, d.nowUs, d.nowUs + this.#ttlUs]);
      if (inserted.rowCount === 0) {
        // The key was used before: undo this charge and answer with the first grant.
        await c.query('rollback');
        const first = (await c.query<GrantRow>(EXISTING, [tenantId, idempotencyKey])).rows[0]!;
        return { granted: true, grant: grantOf(first), limit, counter: d.counter, nowUs: d.nowUs };
      }
      await c.query('commit');
      const grant: NaiveGrant = { id, tenantId, resource: limit.resource, amount, state: 'ACTIVE', createdUs: d.nowUs, notBeforeUs: d.nowUs, expiresUs: d.nowUs + this.#ttlUs, settledUs: null };
      return { granted: true, grant, limit, counter: d.counter, nowUs: d.nowUs };
    } catch (err) {
      await c.query('rollback').catch((e: unknown) => (broken = e as Error));
      throw err;
    } finally {
      c.release(broken);
    }
  }

  /** Settles a grant at what it reserved (the refund is 0) and writes its counter. */
  async commit(tenantId: string, grantId: string): Promise<NaiveGrant> {
    const c = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      await c.query('begin');
      const row = (await c.query<GrantRow>(SETTLE, [grantId, tenantId])).rows[0];
      if (row === undefined) {
        await c.query('rollback');
        throw NaiveGrantNotActive.of(grantId);
      }
      const limit = (await this.limit(row.resource))!;
      const refund = 0;
      await c.query(REFUND, [row.counter_id, refund, limit.window, limit.windowUs / limit.amount, row.window_us]);
      await c.query('commit');
      return grantOf(row);
    } catch (err) {
      if (!(err instanceof NaiveGrantNotActive)) await c.query('rollback').catch((e: unknown) => (broken = e as Error));
      throw err;
    } finally {
      c.release(broken);
    }
  }
}

/** GCRA (burst = amount) or a fixed window from the epoch, as the quota service decides one limit. */
function decide(limit: NaiveLimit, row: CounterRow, c: number) {
  const nowUs = row.now_us;
  if (limit.window === 'ROLLING') {
    const T = limit.windowUs / limit.amount;
    const tat0 = Math.max(row.tat_us, nowUs);
    const allowAt = tat0 + c * T - limit.amount * T;
    const remainingAt = (tat: number) => Math.max(0, Math.floor((nowUs - (tat - limit.amount * T)) / T));
    if (allowAt > nowUs) return { granted: false as const, retryAtUs: allowAt, nowUs, counter: { used: limit.amount - remainingAt(tat0), remaining: remainingAt(tat0), windowStartUs: 0, resetsAtUs: tat0 } };
    const tat = tat0 + c * T;
    return { granted: true as const, tatUs: tat, windowStartUs: 0, used: 0, nowUs, counter: { used: limit.amount - remainingAt(tat), remaining: remainingAt(tat), windowStartUs: 0, resetsAtUs: tat } };
  }
  const ws = Math.floor(nowUs / limit.windowUs) * limit.windowUs;
  const used = row.window_start_us === ws ? Number(row.used) : 0;
  const counter = (u: number) => ({ used: u, remaining: limit.amount - u, windowStartUs: ws, resetsAtUs: ws + limit.windowUs });
  if (used + c > limit.amount) return { granted: false as const, retryAtUs: ws + limit.windowUs, nowUs, counter: counter(used) };
  return { granted: true as const, tatUs: row.tat_us, windowStartUs: ws, used: used + c, nowUs, counter: counter(used + c) };
}
