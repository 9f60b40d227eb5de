import { copyFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Infra } from '../infra.ts';
import { readCpuProfile, type CpuBreakdown } from '../probe/cpu-profile.ts';
import { readLoopSamples, type LoopSummary } from '../probe/loop-samples.ts';
import { nowMs, summarize, type Summary } from '../stats.ts';
import { auditFixedWindow, type OverGrantAudit } from './audit.ts';
import { HOT_LIMIT, SPREAD_LIMIT, SPREAD_TENANTS, type BenchLimit } from './limits.ts';
import { BatchedQuotaClients, closedLoop, openLoop, QuotaClients, type LoadResult, type OpenLoopResult, type WindowHooks } from './load.ts';
import { startSluice } from './sluice-target.ts';
import type { QuotaTarget } from './target.ts';
import { FakeUpstream } from './upstream.ts';
import { MeasuredWindow, type WindowObservation } from './window.ts';

export const QuotaScenario = { HOT: 'hot', SPREAD: 'spread', LATENCY: 'latency', OVERGRANT: 'overgrant', UPSTREAM: 'upstream' } as const;
export type QuotaScenario = (typeof QuotaScenario)[keyof typeof QuotaScenario];

export interface QuotaParams {
  /** hot / spread: closed loops of each of these many callers, warm-up then the measured window. */
  readonly callers: readonly number[];
  readonly warmupMs: number;
  readonly measureMs: number;
  /** latency: open loop at half the hot key's best rate (or this rate when the hot key is not run). */
  readonly latencyRate?: number;
  /** At most this many cycles under way in the open loop; beyond, the system has fallen behind. */
  readonly latencyMaxInFlight: number;
  /** overgrant: callers over 2 replicas for this long, on a fixed window of `overGrantLimit` per second. */
  readonly overGrantCallers: number;
  readonly overGrantMs: number;
  readonly overGrantLimit: number;
  /** upstream: callers, warm-up and the measured window against a fake upstream of `upstreamLimit` per second. */
  readonly upstreamCallers: number;
  readonly upstreamWarmupMs: number;
  readonly upstreamMs: number;
  readonly upstreamLimit: number;
}

export const FULL: QuotaParams = {
  callers: [64, 256],
  warmupMs: 2_000,
  measureMs: 10_000,
  latencyMaxInFlight: 2_000,
  overGrantCallers: 200,
  overGrantMs: 10_000,
  overGrantLimit: 1_000,
  upstreamCallers: 20,
  upstreamWarmupMs: 2_000,
  upstreamMs: 60_000,
  upstreamLimit: 100,
};

export const QUICK: QuotaParams = { ...FULL, warmupMs: 1_000, measureMs: 3_000, overGrantMs: 4_000, upstreamWarmupMs: 1_000, upstreamMs: 10_000 };

/** One measured window of a closed or open loop against one system. */
export interface LoadRun {
  readonly system: string;
  readonly scenario: 'hot' | 'spread' | 'latency';
  /** Closed loop: callers; open loop: undefined. */
  readonly callers?: number;
  readonly load: LoadResult | OpenLoopResult;
  readonly observation: WindowObservation;
  /** Event loops of the system's processes in the window. */
  loops?: Record<string, LoopSummary>;
  /** With --profile naming this window: where the system's processes spent their CPU. */
  readonly cpuProfile?: Record<string, CpuBreakdown>;
}

export interface OverGrantRun {
  readonly replicas: number;
  readonly callers: number;
  readonly seconds: number;
  readonly acquires: number;
  readonly denials: number;
  /** Grants the callers received, and of those, dated later (future-dated, max_wait_ms > 0). */
  readonly granted: number;
  readonly futureDated: number;
  readonly errors: number;
  readonly audit: OverGrantAudit;
  readonly observation: WindowObservation;
  loops?: Record<string, LoopSummary>;
}

export interface UpstreamRun {
  readonly callers: number;
  readonly limit: number;
  readonly seconds: number;
  /** 200s in the measured window, what the upstream's bucket allowed in it, and their ratio. */
  readonly ok: number;
  readonly allowed: number;
  readonly utilisation: number;
  /** 429s over the whole run (warm-up included), and in the window. */
  readonly refused: number;
  readonly refusedInWindow: number;
  /** When each 429 came, ms after the upstream's first request (the opening burst is the first ~second). */
  readonly refusedAtMs: readonly number[];
  readonly acquires: number;
  readonly denials: number;
  /** How long callers waited for a future-dated grant to start, ms. */
  readonly waits: Summary;
  readonly errors: number;
  readonly firstError?: string;
  readonly observation: WindowObservation;
  loops?: Record<string, LoopSummary>;
}

type Say = (line: string) => void;

/**
 * Starts a MeasuredWindow; the hooks start and stop it at the load generator's window ends.
 * With `profile`, SIGUSR2 also starts and stops the CPU profiler of the target's processes
 * (src/probe/probe.ts), so that only the window is profiled.
 */
async function measured(infra: Infra, target: QuotaTarget, profile = false): Promise<{ win: MeasuredWindow; hooks: WindowHooks; profiled: () => Promise<Record<string, CpuBreakdown> | undefined> }> {
  const win = await MeasuredWindow.open(infra, target);
  const files = profile ? (target.profiles ?? {}) : {};
  const signal = () => {
    for (const name of Object.keys(files)) process.kill(target.processes[name]!, 'SIGUSR2');
  };
  const profiled = async () => {
    if (Object.keys(files).length === 0) return undefined;
    await sleep(2_000); // the profilers write their files
    const out: Record<string, CpuBreakdown> = {};
    for (const [name, file] of Object.entries(files)) {
      const b = readCpuProfile(file);
      if (b !== undefined) out[name] = b;
    }
    return out;
  };
  return {
    win,
    hooks: {
      start: () => {
        signal();
        win.start();
      },
      stop: () => {
        win.stop();
        signal();
      },
    },
    profiled,
  };
}

/** Event-loop utilisation of the target's processes in each window, from the sample files its processes wrote as they exited. */
function attachLoops(files: Record<string, string>, runs: ReadonlyArray<{ observation: WindowObservation; loops?: Record<string, LoopSummary> }>): void {
  for (const [name, file] of Object.entries(files)) {
    for (const [i, run] of runs.entries()) {
      const copy = `${file}.${i}`;
      try {
        copyFileSync(file, copy);
      } catch {
        continue; // the probe wrote nothing
      }
      const l = readLoopSamples(copy, run.observation.from, run.observation.to);
      if (l !== undefined) run.loops = { ...run.loops, [name]: l };
    }
    rmSync(file, { force: true });
  }
}

/**
 * The throughput windows (hot key, then 100 keys, each at every caller count) and the
 * latency window (after the hot key, at half its best rate) against one system, all on one
 * start of it.
 */
export async function runLoadScenarios(
  infra: Infra,
  target: QuotaTarget,
  scenarios: readonly QuotaScenario[],
  params: QuotaParams,
  say: Say,
  /** `hot/256`: CPU-profile the target's processes over that window (Sluice only). */
  profileWindow?: string,
  /** Caller counts of the closed loops; params.callers when omitted. */
  callerCounts: readonly number[] = params.callers,
): Promise<LoadRun[]> {
  const runs: LoadRun[] = [];
  const clients = target.batched === true ? new BatchedQuotaClients(target.addresses) : new QuotaClients(target.addresses);
  try {
    const throughput = async (scenario: 'hot' | 'spread', limit: BenchLimit) => {
      for (const callers of callerCounts) {
        const { win, hooks, profiled } = await measured(infra, target, profileWindow === `${scenario}/${callers}`);
        const tenantOf = scenario === 'hot' ? () => 'bench' : () => `tenant-${Math.floor(Math.random() * SPREAD_TENANTS)}`;
        const load = await closedLoop({ callers, warmupMs: params.warmupMs, measureMs: params.measureMs, hooks, cycle: (i) => clients.cycle(i, limit.resource, tenantOf()) });
        const observation = await win.result();
        const cpuProfile = await profiled();
        runs.push({ system: target.name, scenario, callers, load, observation, ...(cpuProfile === undefined ? {} : { cpuProfile }) });
        say(`${scenario} × ${target.name} × ${callers} callers: ${Math.round(load.rate)} cycles/s, p50 ${load.latency.p50.toFixed(1)} ms${load.errors > 0 ? `, ${load.errors} errors (${load.firstError})` : ''}`);
      }
    };
    if (scenarios.includes('hot') || scenarios.includes('latency')) await target.define(HOT_LIMIT);
    if (scenarios.includes('hot')) await throughput('hot', HOT_LIMIT);
    if (scenarios.includes('latency')) {
      const hot = runs.filter((r) => r.scenario === 'hot');
      const best = Math.max(0, ...hot.map((r) => r.load.rate));
      const rate = hot.length > 0 ? Math.max(10, Math.floor(best / 2 / 10) * 10) : params.latencyRate;
      if (rate === undefined) {
        say(`latency × ${target.name}: skipped (no hot-key run to take half of; pass --latency-rate N)`);
      } else {
        const { win, hooks, profiled } = await measured(infra, target, profileWindow === 'latency');
        const load = await openLoop({ rate, warmupMs: params.warmupMs, measureMs: params.measureMs, maxInFlight: params.latencyMaxInFlight, hooks, cycle: (n) => clients.cycle(n, HOT_LIMIT.resource, 'bench') });
        const observation = await win.result();
        const cpuProfile = await profiled();
        runs.push({ system: target.name, scenario: 'latency', load, observation, ...(cpuProfile === undefined ? {} : { cpuProfile }) });
        say(`latency × ${target.name} @ ${rate}/s: p50 / p95 / p99 ${load.latency.p50.toFixed(2)} / ${load.latency.p95.toFixed(2)} / ${load.latency.p99.toFixed(2)} ms${load.dropped > 0 ? `, fell behind (${load.dropped} not sent)` : ''}`);
      }
    }
    if (scenarios.includes('spread')) {
      await target.define(SPREAD_LIMIT);
      await throughput('spread', SPREAD_LIMIT);
    }
  } finally {
    clients.close();
    attachLoops(await target.stop(), runs);
  }
  return runs;
}

/**
 * Over-grant audit: `overGrantCallers` callers on two replicas of the quota service (one
 * database) against one GLOBAL FIXED window of `overGrantLimit` per second. Half of them take
 * refusals (sleeping until retry_at), half ask for future-dated grants (max_wait_ms 2000:
 * dated into the next window once this one is full) and wait for them; every grant is
 * committed. Afterwards the units granted per window are counted from the database.
 */
export async function runOverGrant(infra: Infra, params: QuotaParams, verbose: boolean, say: Say): Promise<OverGrantRun> {
  const limit: BenchLimit = { resource: 'bench/fixed', scope: 'GLOBAL', window: 'FIXED', amount: params.overGrantLimit, windowMs: 1_000 };
  const target = await startSluice(infra, { replicas: 2, verbose });
  let run: OverGrantRun | undefined;
  try {
    await target.define(limit);
    const clients = new QuotaClients(target.addresses);
    const { win, hooks } = await measured(infra, target);
    let stopped = false;
    let acquires = 0;
    let denials = 0;
    let granted = 0;
    let futureDated = 0;
    let errors = 0;
    const loop = async (i: number) => {
      const client = clients.of(i);
      // Callers 0, 1 take refusals, 2, 3 future-dated grants, and so on: both kinds on each replica.
      const maxWaitMs = Math.floor(i / 2) % 2 === 0 ? 0 : 2_000;
      while (!stopped) {
        try {
          acquires++;
          const a = await client.call('AcquireGrant', { tenant_id: 'bench', resource: limit.resource, amounts: [{ unit: 'QUOTA_UNIT_REQUESTS', amount: 1 }], idempotency_key: crypto.randomUUID(), max_wait_ms: maxWaitMs });
          if (!a.granted || a.grant === null) {
            denials++;
            await sleep(Math.max(1, Number(a.retry_after_ms)));
            continue;
          }
          granted++;
          const wait = Date.parse(a.grant.not_before) - Date.parse(a.server_time);
          if (wait > 0) {
            futureDated++;
            await sleep(wait);
          }
          await client.call('CommitGrant', { tenant_id: 'bench', grant_id: a.grant.id, used: [] });
        } catch {
          errors++;
          await sleep(10);
        }
      }
    };
    hooks.start();
    const t0 = nowMs();
    const loops = Array.from({ length: params.overGrantCallers }, (_, i) => loop(i));
    await sleep(params.overGrantMs);
    stopped = true;
    hooks.stop();
    await Promise.all(loops);
    const seconds = (nowMs() - t0) / 1000;
    clients.close();
    const observation = await win.result();
    const loopFiles = await target.stop();
    const dbUrl = new URL(infra.adminUrl);
    dbUrl.pathname = `/${target.database}`;
    const audit = await auditFixedWindow(dbUrl.toString(), limit.resource, limit.amount, limit.windowMs);
    run = { replicas: 2, callers: params.overGrantCallers, seconds, acquires, denials, granted, futureDated, errors, audit, observation };
    attachLoops(loopFiles, [run]);
    say(`overgrant × sluice (2 replicas, ${params.overGrantCallers} callers): ${granted} granted over ${audit.windows} windows, at most ${audit.maxPerWindow} per window of ${limit.amount} (${audit.overTotal} over)`);
  } finally {
    await target.teardown();
  }
  return run!;
}

/**
 * A saturated upstream: callers loop acquire (max_wait_ms 2000, waiting for a future-dated
 * grant as the worker SDK does: not_before − server_time after the answer) → HTTP call to
 * a fake upstream with its own bucket of the same size → commit.
 */
export async function runUpstream(infra: Infra, params: QuotaParams, verbose: boolean, say: Say): Promise<UpstreamRun> {
  // Sluice's rate equals the upstream's, its burst is 5 % under the upstream's bucket: grants
  // leave Sluice one emission interval apart, but reach the upstream with the jitter of timers
  // and the network, and a bucket kept exactly empty refuses the one that arrives a little
  // early (3 × 429 in the opening second of a run with equal bursts).
  const limit: BenchLimit = { resource: 'bench/upstream', scope: 'GLOBAL', window: 'ROLLING', amount: params.upstreamLimit, windowMs: 1_000, burst: Math.floor(params.upstreamLimit * 0.95) };
  const target = await startSluice(infra, { replicas: 1, verbose });
  const { upstream, url } = await FakeUpstream.start(limit.amount, limit.windowMs);
  let run: UpstreamRun | undefined;
  try {
    await target.define(limit);
    const clients = new QuotaClients(target.addresses);
    const { win, hooks } = await measured(infra, target);
    let stopped = false;
    let acquires = 0;
    let denials = 0;
    let errors = 0;
    let firstError: string | undefined;
    const waits: number[] = [];
    const loop = async (i: number) => {
      const client = clients.of(i);
      while (!stopped) {
        try {
          acquires++;
          const a = await client.call('AcquireGrant', { tenant_id: 'bench', resource: limit.resource, amounts: [{ unit: 'QUOTA_UNIT_REQUESTS', amount: 1 }], idempotency_key: crypto.randomUUID(), max_wait_ms: 2_000 });
          if (!a.granted || a.grant === null) {
            denials++;
            await sleep(Math.max(1, Number(a.retry_after_ms)));
            continue;
          }
          const wait = Date.parse(a.grant.not_before) - Date.parse(a.server_time);
          waits.push(Math.max(0, wait));
          if (wait > 0) await sleep(wait);
          const res = await fetch(url);
          await res.arrayBuffer();
          await client.call('CommitGrant', { tenant_id: 'bench', grant_id: a.grant.id, used: [] });
        } catch (err) {
          errors++;
          firstError ??= (err as Error).message;
          await sleep(10);
        }
      }
    };
    const loops = Array.from({ length: params.upstreamCallers }, (_, i) => loop(i));
    await sleep(params.upstreamWarmupMs);
    const level = upstream.level();
    hooks.start();
    const from = nowMs();
    await sleep(params.upstreamMs);
    const to = nowMs();
    hooks.stop();
    stopped = true;
    await Promise.all(loops);
    clients.close();
    const observation = await win.result();
    const inWindow = (t: number) => t >= from && t <= to;
    const ok = upstream.ok.filter(inWindow).length;
    const allowed = upstream.allowed(level, from, to);
    run = {
      callers: params.upstreamCallers,
      limit: limit.amount,
      seconds: (to - from) / 1000,
      ok,
      allowed,
      utilisation: ok / allowed,
      refused: upstream.refused.length,
      refusedInWindow: upstream.refused.filter(inWindow).length,
      refusedAtMs: upstream.refused.map((t) => Math.round(t - (upstream.ok[0] ?? t))),
      acquires,
      denials,
      waits: summarize(waits),
      errors,
      ...(firstError === undefined ? {} : { firstError }),
      observation,
    };
    attachLoops(await target.stop(), [run]);
    say(`upstream × sluice: ${ok} × 200 of ${allowed.toFixed(0)} allowed (${(run.utilisation * 100).toFixed(1)} %), ${run.refused} × 429`);
  } finally {
    await upstream.close();
    await target.teardown();
  }
  return run!;
}
