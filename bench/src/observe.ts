import pg from 'pg';
import type { WorkerChild } from './child.ts';
import { pidsByComm, snapshot, split, type CpuSnapshot, type CpuSplit } from './cpu.ts';
import { availableParallelism } from 'node:os';
import { ActivitySampler, type ActivitySummary } from './pg-observer.ts';
import type { LoopSummary } from './probe/loop-samples.ts';
import { nowMs } from './stats.ts';
import type { RunContext, SystemRun } from './systems/system.ts';

export interface Observation {
  /** Wall ms (sub-ms resolution) of the window's ends. */
  readonly from: number;
  readonly to: number;
  readonly cpu: CpuSplit;
  readonly activity?: ActivitySummary;
  /** Event-loop utilisation and delay of the Node processes, filled in once they have exited. */
  loops?: Record<string, LoopSummary>;
}

/**
 * Watches the measured window of a run: CPU per process group (bench driver, worker child, the
 * system's own services, the bench database's PostgreSQL backends, the rest of PostgreSQL,
 * nats-server, redis-server, everything else) and what the database's backends are doing.
 */
export class Observer {
  readonly #ctx: RunContext;
  readonly #run: SystemRun;
  readonly #child: WorkerChild;
  readonly #admin: pg.Client | undefined;
  readonly #sampler: ActivitySampler | undefined;
  #before: CpuSnapshot | undefined;
  #from = 0;
  #candidates: number[] = [];

  private constructor(ctx: RunContext, run: SystemRun, child: WorkerChild, admin: pg.Client | undefined) {
    this.#ctx = ctx;
    this.#run = run;
    this.#child = child;
    this.#admin = admin;
    this.#sampler = admin === undefined || run.database === undefined ? undefined : new ActivitySampler(admin, run.database);
  }

  static async create(ctx: RunContext, run: SystemRun, child: WorkerChild): Promise<Observer> {
    let admin: pg.Client | undefined;
    if (run.database !== undefined) {
      admin = new pg.Client({ connectionString: ctx.infra.adminUrl });
      await admin.connect();
    }
    return new Observer(ctx, run, child, admin);
  }

  #allPids(): number[] {
    return [process.pid, this.#child.pid, ...Object.values(this.#run.processes), ...pidsByComm('postgres'), ...pidsByComm('nats-server'), ...pidsByComm('redis-server')];
  }

  /** With `cpuProfileDir`: the worker child and the system's profiled processes (src/probe/probe.ts). */
  #profiled(): number[] {
    return this.#ctx.cpuProfileDir === undefined ? [] : [this.#child.pid, ...Object.values(this.#run.profiled ?? {})];
  }

  start(): void {
    for (const pid of this.#profiled()) process.kill(pid, 'SIGUSR2'); // the CPU profilers start
    this.#candidates = this.#allPids();
    this.#from = nowMs();
    this.#before = snapshot(this.#candidates);
    this.#sampler?.start();
  }

  async stop(): Promise<Observation> {
    const to = nowMs();
    const after = snapshot(new Set([...this.#candidates, ...this.#allPids()]));
    const profiled = this.#profiled();
    for (const pid of profiled) process.kill(pid, 'SIGUSR2'); // they stop and write their profiles
    if (profiled.length > 0) await new Promise((r) => setTimeout(r, 2000));
    const activity = await this.#sampler?.stop();
    const backends = (await this.#sampler?.backendPids()) ?? [];
    const backendSet = new Set(backends);
    const groups: Record<string, number[]> = {
      'bench driver': [process.pid],
      worker: [this.#child.pid],
      ...Object.fromEntries(Object.entries(this.#run.processes).map(([name, pid]) => [name, [pid]])),
      'postgres (bench db backends)': backends,
      'postgres (rest)': pidsByComm('postgres').filter((p) => !backendSet.has(p)),
      'nats-server': pidsByComm('nats-server'),
      'redis-server': pidsByComm('redis-server'),
    };
    const cpu = split(this.#before!, after, groups, availableParallelism());
    await this.#admin?.end();
    return activity === undefined ? { from: this.#from, to, cpu } : { from: this.#from, to, cpu, activity };
  }
}
