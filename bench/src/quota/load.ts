import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createBatcher, type Batcher } from '@sluice/batch';
import { loadContracts, type AcquireGrantRequest, type AcquireGrantResponse__Output, type Grant__Output, type QuotaServiceClient, type SettleGrantItem } from '@sluice/contracts';
import { SluiceError, ErrorCode } from '@sluice/errors';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { nowMs, summarize, type Summary } from '../stats.ts';

/** One gRPC client (one HTTP/2 connection) per replica; callers are spread over them. */
export class QuotaClients {
  readonly #clients: GrpcClient<QuotaServiceClient>[];

  constructor(addresses: readonly string[]) {
    this.#clients = addresses.map((a) => createClient(loadContracts().services.quota, a, { deadlineMs: 30_000 }));
  }

  of(caller: number): GrpcClient<QuotaServiceClient> {
    return this.#clients[caller % this.#clients.length]!;
  }

  /** One acquire + commit cycle of `caller`, a call each (AcquireGrant, CommitGrant). */
  cycle(caller: number, resource: string, tenant: string): Promise<void> {
    return cycle(this.of(caller), resource, tenant);
  }

  close(): void {
    for (const c of this.#clients) c.close();
  }
}

/**
 * The same cycles through the batched calls (AcquireGrants, SettleGrants), as the worker SDK
 * makes them (libs/worker quota-rpc.ts): the acquires (commits) of every caller that arrive
 * while a call is under way go in the next call together, per replica.
 */
export class BatchedQuotaClients {
  readonly #clients: QuotaClients;
  readonly #acquires: Array<Batcher<AcquireGrantRequest, AcquireGrantResponse__Output>>;
  readonly #settles: Array<Batcher<SettleGrantItem, Grant__Output>>;

  constructor(addresses: readonly string[]) {
    this.#clients = new QuotaClients(addresses);
    const item = <T>(r: { error?: { code: string; message: string } | null } | undefined, v: T | null | undefined): T | Error =>
      r?.error ? new SluiceError(ErrorCode.INTERNAL, `${r.error.code}: ${r.error.message}`) : (v ?? new Error('no answer for an item'));
    this.#acquires = addresses.map((_, i) =>
      createBatcher<AcquireGrantRequest, AcquireGrantResponse__Output>(async (items) => {
        const res = await this.#clients.of(i).call('AcquireGrants', { items });
        return items.map((_, k) => item(res.results[k], res.results[k]?.response));
      }),
    );
    this.#settles = addresses.map((_, i) =>
      createBatcher<SettleGrantItem, Grant__Output>(async (items) => {
        const res = await this.#clients.of(i).call('SettleGrants', { items });
        return items.map((_, k) => item(res.results[k], res.results[k]?.grant));
      }),
    );
  }

  async cycle(caller: number, resource: string, tenant: string): Promise<void> {
    const replica = caller % this.#acquires.length;
    const a = await this.#acquires[replica]!.load({ tenant_id: tenant, resource, amounts: [{ unit: 'QUOTA_UNIT_REQUESTS', amount: 1 }], idempotency_key: randomUUID() });
    if (!a.granted || a.grant === null) throw UnexpectedDenial.of(resource, a.reason);
    await this.#settles[replica]!.load({ commit: { tenant_id: tenant, grant_id: a.grant.id, used: [] } });
  }

  close(): void {
    this.#clients.close();
  }
}

/** Thrown when a limit that should never bind refused a grant. */
export class UnexpectedDenial extends Error {
  static of(resource: string, reason: string): UnexpectedDenial {
    return new UnexpectedDenial(`${resource} refused a grant: ${reason}`);
  }
}

/**
 * One acquire + commit cycle as a worker makes it (libs/worker quota calls): one request unit,
 * a fresh idempotency key, then a commit of what was reserved.
 */
export async function cycle(client: GrpcClient<QuotaServiceClient>, resource: string, tenant: string): Promise<void> {
  const a = await client.call('AcquireGrant', { tenant_id: tenant, resource, amounts: [{ unit: 'QUOTA_UNIT_REQUESTS', amount: 1 }], idempotency_key: randomUUID() });
  if (!a.granted || a.grant === null) throw UnexpectedDenial.of(resource, a.reason);
  await client.call('CommitGrant', { tenant_id: tenant, grant_id: a.grant.id, used: [] });
}

export interface WindowHooks {
  start(): void;
  stop(): void;
}

export interface LoadResult {
  /** Cycles that ended inside the measured window, and the window's length. */
  readonly cycles: number;
  readonly seconds: number;
  readonly rate: number;
  /** Cycle time (acquire sent → commit answered), ms, of the cycles counted. */
  readonly latency: Summary;
  readonly errors: number;
  readonly firstError?: string;
}

/**
 * A closed loop: `callers` loops, each sending its next cycle when the last one ends, for a
 * warm-up and then the measured window (cycles ending inside it count).
 */
export async function closedLoop(o: { callers: number; warmupMs: number; measureMs: number; cycle: (caller: number) => Promise<void>; hooks: WindowHooks }): Promise<LoadResult> {
  let open = false;
  let stopped = false;
  let errors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  let from = 0;
  let to = 0;
  const loop = async (caller: number) => {
    while (!stopped) {
      const s = nowMs();
      try {
        await o.cycle(caller);
        if (open) latencies.push(nowMs() - s);
      } catch (err) {
        errors++;
        firstError ??= (err as Error).message;
        await sleep(10); // a failing server is not hammered
      }
    }
  };
  const loops = Array.from({ length: o.callers }, (_, i) => loop(i));
  await sleep(o.warmupMs);
  o.hooks.start();
  from = nowMs();
  open = true;
  await sleep(o.measureMs);
  open = false;
  to = nowMs();
  o.hooks.stop();
  stopped = true;
  await Promise.all(loops);
  const seconds = (to - from) / 1000;
  return { cycles: latencies.length, seconds, rate: latencies.length / seconds, latency: summarize(latencies), errors, ...(firstError === undefined ? {} : { firstError }) };
}

export interface OpenLoopResult extends LoadResult {
  readonly targetRate: number;
  /** How late each cycle was sent against its schedule, ms (the timer's granularity: sends go out every ~1 ms). */
  readonly sendLag: Summary;
  /** Cycles not sent because `maxInFlight` were already under way (the system fell behind). */
  readonly dropped: number;
}

/**
 * An open loop: cycles scheduled at a fixed rate whatever the answers (as independent
 * callers would send them), for a warm-up and the measured window; cycles scheduled inside
 * the window count. The scheduler wakes every millisecond and sends what is due, so it does
 * not spin a core that the system under test needs.
 */
export async function openLoop(o: { rate: number; warmupMs: number; measureMs: number; maxInFlight: number; cycle: (n: number) => Promise<void>; hooks: WindowHooks }): Promise<OpenLoopResult> {
  const interval = 1000 / o.rate;
  const t0 = nowMs();
  const from = t0 + o.warmupMs;
  const end = from + o.measureMs;
  const latencies: number[] = [];
  const lags: number[] = [];
  const pending = new Set<Promise<void>>();
  let errors = 0;
  let firstError: string | undefined;
  let dropped = 0;
  let started = false;
  let k = 0;
  for (;;) {
    const now = nowMs();
    if (!started && now >= from) {
      started = true;
      o.hooks.start();
    }
    if (now >= end) break;
    for (let due = t0 + k * interval; due <= now && due < end; due = t0 + ++k * interval) {
      const measured = due >= from;
      if (pending.size >= o.maxInFlight) {
        if (measured) dropped++;
        continue;
      }
      const s = nowMs();
      const p: Promise<void> = o.cycle(k).then(
        () => {
          if (measured) {
            latencies.push(nowMs() - s);
            lags.push(s - due);
          }
        },
        (err: unknown) => {
          errors++;
          firstError ??= (err as Error).message;
        },
      );
      pending.add(p);
      void p.finally(() => pending.delete(p));
    }
    await sleep(1);
  }
  o.hooks.stop();
  await Promise.all(pending);
  const seconds = o.measureMs / 1000;
  return {
    targetRate: o.rate,
    cycles: latencies.length,
    seconds,
    rate: latencies.length / seconds,
    latency: summarize(latencies),
    sendLag: summarize(lags),
    dropped,
    errors,
    ...(firstError === undefined ? {} : { firstError }),
  };
}
