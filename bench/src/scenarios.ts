import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { WorkerChild } from './child.ts';
import { pollUntil } from './infra.ts';
import { Observer, type Observation } from './observe.ts';
import { diffCounters, readCounters, type PgCounters } from './pg-observer.ts';
import type { Scenario } from './protocol.ts';
import { readLoopSamples, type LoopSummary } from './probe/loop-samples.ts';
import { nowMs, summarize, type Summary } from './stats.ts';
import type { RunContext, System, SystemRun } from './systems/system.ts';

export interface Params {
  /**
   * noop: a warm-up drain of `noopWarmupJobs` (not measured), then the measured drain of
   * `noopJobs`; the same backlog for every system, since some slow down as it grows.
   */
  readonly noopWarmupJobs: number;
  readonly noopJobs: number;
  /** latency: jobs per second, seconds measured, seconds of warm-up before them (not counted). */
  readonly latencyRate: number;
  readonly latencySeconds: number;
  readonly latencyWarmupSeconds: number;
  /** chain: chains kept in flight (closed loop), seconds measured, warm-up seconds. */
  readonly chainInFlight: number;
  readonly chainSeconds: number;
  readonly chainWarmupSeconds: number;
}

export const FULL: Params = { noopWarmupJobs: 1_000, noopJobs: 20_000, latencyRate: 200, latencySeconds: 20, latencyWarmupSeconds: 2, chainInFlight: 64, chainSeconds: 20, chainWarmupSeconds: 3 };
export const QUICK: Params = { noopWarmupJobs: 200, noopJobs: 2_000, latencyRate: 200, latencySeconds: 3, latencyWarmupSeconds: 0.5, chainInFlight: 64, chainSeconds: 3, chainWarmupSeconds: 1 };

export interface ScenarioResult {
  readonly system: string;
  readonly scenario: Scenario;
  readonly error?: string;
  readonly figures?: Record<string, unknown>;
  /** Jobs (or chains) the database counters are divided by. */
  readonly units?: number;
  readonly observation?: Observation;
  /** PostgreSQL work per unit over the whole run (enqueue included); WAL figures are server-wide. */
  readonly dbPerUnit?: Record<string, number>;
  readonly worker?: Record<string, unknown>;
  /** Cores busy with something else just before the scenario (src/quiet.ts). */
  readonly busyBefore?: number;
  /** Which try this is (a window disturbed by another workload is run again, see run.ts). */
  readonly attempt?: number;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** One scenario on one system, on a fresh database / prefix, torn down afterwards. */
export async function runScenario(system: System, scenario: Scenario, ctx: RunContext, params: Params): Promise<ScenarioResult> {
  const run = await system.open(scenario, ctx);
  const counters = async (): Promise<PgCounters | undefined> =>
    run.database === undefined ? undefined : withClient(ctx.infra.adminUrl, (c) => readCounters(c, run.database!));
  const before = await counters();
  let child: WorkerChild | undefined;
  try {
    const body = scenario === 'noop' ? noop : scenario === 'latency' ? latency : chain;
    const out = await body(run, ctx, params, (c) => (child = c));
    const worker = await child!.stop();
    // Everything that used the database has disconnected (each backend flushes its statistics
    // as it exits) before the counters are read; the driver's own probes are taken out.
    await run.close();
    const after = await counters();
    const obs = out.observation;
    const loops: Record<string, LoopSummary> = {};
    for (const [name, file] of Object.entries({ worker: child!.loopFile, ...run.loopFiles })) {
      const l = readLoopSamples(file, obs.from, obs.to);
      if (l !== undefined) loops[name] = l;
    }
    obs.loops = loops;
    let dbPerUnit: Record<string, number> | undefined;
    if (before !== undefined && after !== undefined) {
      const d = diffCounters(before, after);
      const u = out.units;
      dbPerUnit = {
        commits: (d.xact_commit - run.probes) / u,
        rollbacks: d.xact_rollback / u,
        inserted: d.tup_inserted / u,
        updated: d.tup_updated / u,
        deleted: d.tup_deleted / u,
        wal_records: d.wal_records / u,
        wal_bytes: d.wal_bytes / u,
        wal_syncs: d.wal_sync / u,
      };
    }
    return { system: system.name, scenario, figures: out.figures, units: out.units, observation: out.observation, ...(dbPerUnit ? { dbPerUnit } : {}), worker };
  } finally {
    await child?.kill();
    await run.teardown();
    for (const file of [child?.loopFile, ...Object.values(run.loopFiles)]) if (file !== undefined) rmSync(file, { force: true });
  }
}

type Body = (run: SystemRun, ctx: RunContext, params: Params, setChild: (c: WorkerChild) => void) => Promise<{ figures: Record<string, unknown>; units: number; observation: Observation }>;

/** How often the drain's end is probed: the rate's resolution is this over the drain's length. */
const PROBE_MS = 10;

/** Drains `n` pre-enqueued jobs with a fresh worker child; the rate from its first job to the last completion. */
async function drain(run: SystemRun, n: number): Promise<number> {
  await run.enqueueBulk(n);
  const child = run.startWorker();
  try {
    const first = await child.first(120_000);
    await pollUntil(async () => !(await run.pending()), { intervalMs: PROBE_MS, timeoutMs: 900_000, what: `${n} jobs to drain` });
    return n / ((nowMs() - first) / 1000);
  } finally {
    await child.stop();
    rmSync(child.loopFile, { force: true });
  }
}

/** Drain rate of pre-enqueued no-op jobs with one worker process. */
const noop: Body = async (run, ctx, params, setChild) => {
  const warmupRate = await drain(run, params.noopWarmupJobs);
  const n = params.noopJobs;
  const t0 = performance.now();
  await run.enqueueBulk(n);
  const enqueueSeconds = (performance.now() - t0) / 1000;
  const workerStartAt = nowMs();
  const child = run.startWorker();
  setChild(child);
  const observer = await Observer.create(ctx, run, child);
  const first = await child.first(120_000);
  observer.start();
  await pollUntil(async () => !(await run.pending()), { intervalMs: PROBE_MS, timeoutMs: 900_000, what: `${n} jobs to drain` });
  const end = nowMs();
  const observation = await observer.stop();
  const drainSeconds = (end - first) / 1000;
  return {
    figures: { jobs: n, enqueueSeconds, drainSeconds, rate: n / drainSeconds, warmupJobs: params.noopWarmupJobs, warmupRate, workerStartAt, firstAt: first, endAt: end },
    units: n + params.noopWarmupJobs,
    observation,
  };
};

/** Schedule-to-start latency at a steady rate: each job carries its enqueue time; the handler records now − that. */
const latency: Body = async (run, ctx, params, setChild) => {
  const child = run.startWorker();
  setChild(child);
  await child.ready(120_000);
  const warm = Math.round(params.latencyRate * params.latencyWarmupSeconds);
  const total = warm + Math.round(params.latencyRate * params.latencySeconds);
  const latencies: number[] = [];
  let received = 0;
  let lastAt = 0;
  let firstMeasuredAt = Infinity;
  child.onSamples = (v) => {
    for (let k = 0; k < v.length; k += 3) {
      received++;
      if (v[k]! >= warm) {
        latencies.push(v[k + 1]!);
        firstMeasuredAt = Math.min(firstMeasuredAt, v[k + 2]!);
      }
      lastAt = Math.max(lastAt, v[k + 2]!);
    }
  };
  const observer = await Observer.create(ctx, run, child);
  const enqueueCalls: number[] = [];
  let sendErrors = 0;
  const pending = new Set<Promise<void>>();
  const interval = 1000 / params.latencyRate;
  const start = nowMs();
  let measureStart = 0;
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    for (let wait = due - nowMs(); wait > 0; wait = due - nowMs()) {
      if (wait > 1.5) await sleep(wait - 1);
      else await new Promise<void>((r) => setImmediate(r));
    }
    if (i === warm) {
      measureStart = nowMs();
      observer.start();
    }
    const t = nowMs();
    const p = run
      .enqueue({ i, t })
      .then(
        () => {
          if (i >= warm) enqueueCalls.push(nowMs() - t);
        },
        (err: unknown) => {
          sendErrors++;
          if (sendErrors <= 3) process.stderr.write(`bench: enqueue failed: ${(err as Error).message}\n`);
        },
      )
      .finally(() => pending.delete(p));
    pending.add(p);
  }
  const sendEnd = nowMs();
  await Promise.all(pending);
  // Wait for the backlog: up to 120 s (a system slower than the rate has a growing backlog).
  const deadline = Date.now() + 120_000;
  while (received < total - sendErrors && Date.now() < deadline) await sleep(20);
  const observation = await observer.stop();
  const measured = total - warm;
  return {
    figures: {
      targetRate: params.latencyRate,
      sent: total,
      warmup: warm,
      sendErrors,
      received,
      sendSeconds: (sendEnd - measureStart) / 1000,
      offeredRate: measured / ((sendEnd - measureStart) / 1000),
      backlogSecondsAfterLastSend: Math.max(0, (lastAt - sendEnd) / 1000),
      /** Measured jobs started per second, first to last: below the offered rate when the system fell behind. */
      handledRate: latencies.length / Math.max(0.001, (lastAt - firstMeasuredAt) / 1000),
      latency: summarize(latencies),
      enqueueCall: summarize(enqueueCalls),
    },
    units: total,
    observation,
  };
};

/** 3-stage chains, closed loop: `chainInFlight` chains at a time; each stage enqueues the next. */
const chain: Body = async (run, ctx, params, setChild) => {
  const child = run.startWorker();
  setChild(child);
  await child.ready(120_000);
  const observer = await Observer.create(ctx, run, child);
  let nextId = 0;
  let started = 0;
  let sendErrors = 0;
  const startedAt = new Map<number, number>();
  const start = nowMs();
  const measureFrom = start + params.chainWarmupSeconds * 1000;
  const measureTo = measureFrom + params.chainSeconds * 1000;
  let stopping = false;
  let completedInWindow = 0;
  const e2e: number[] = [];
  let observing = false;
  const launch = () => {
    const i = nextId++;
    const t0 = nowMs();
    startedAt.set(i, t0);
    started++;
    run.enqueue({ i, t0 }).catch((err: unknown) => {
      sendErrors++;
      startedAt.delete(i);
      if (sendErrors <= 3) process.stderr.write(`bench: enqueue failed: ${(err as Error).message}\n`);
    });
  };
  child.onSamples = (v) => {
    for (let k = 0; k < v.length; k += 3) {
      const i = v[k]!;
      const t0 = startedAt.get(i);
      if (t0 === undefined) continue;
      startedAt.delete(i);
      const at = v[k + 2]!;
      if (at >= measureFrom && at <= measureTo) completedInWindow++;
      if (t0 >= measureFrom && t0 <= measureTo) e2e.push(v[k + 1]!);
      if (!stopping) launch();
    }
  };
  for (let k = 0; k < params.chainInFlight; k++) launch();
  while (nowMs() < measureTo) {
    if (!observing && nowMs() >= measureFrom) {
      observing = true;
      observer.start();
    }
    await sleep(5);
  }
  stopping = true;
  const observation = await observer.stop();
  // Let the chains started in the window finish (their end-to-end times are part of the figures).
  const deadline = Date.now() + 120_000;
  while (startedAt.size > 0 && Date.now() < deadline) await sleep(20);
  return {
    figures: {
      inFlight: params.chainInFlight,
      windowSeconds: params.chainSeconds,
      chainsStarted: started,
      unfinished: startedAt.size,
      sendErrors,
      completedInWindow,
      rate: completedInWindow / params.chainSeconds,
      stagesPerSecond: (3 * completedInWindow) / params.chainSeconds,
      e2e: summarize(e2e),
    },
    units: started,
    observation,
  };
};

export type { Summary };
