import { availableParallelism } from 'node:os';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import pg from 'pg';
import { pidsByComm, snapshot, split, type CpuSnapshot, type CpuSplit } from '../cpu.ts';
import type { Infra } from '../infra.ts';
import { ActivitySampler, type ActivitySummary } from '../pg-observer.ts';
import { nowMs } from '../stats.ts';
import { diffHistogram, type Histogram } from './prom.ts';
import type { QuotaTarget } from './target.ts';

export interface WindowObservation {
  readonly from: number;
  readonly to: number;
  readonly cpu: CpuSplit;
  /** The bench driver's own event loop (the load generator): share of the window busy. */
  readonly driverLoop: number;
  readonly activity?: ActivitySummary;
  /** The target's histograms over the window (Sluice: ticks and calls). */
  readonly histograms?: Record<string, Histogram>;
}

/**
 * What happened on the machine during one measured window: CPU per process (driver, the
 * target's processes, the target database's PostgreSQL backends, the rest of PostgreSQL,
 * nats-server, anything else), the driver's event loop, the database backends' wait events
 * and the target's own histograms. start() and stop() are synchronous, so that the window's
 * ends are exactly where the load generator puts them.
 */
export class MeasuredWindow {
  readonly #target: QuotaTarget;
  readonly #admin: pg.Client | undefined;
  readonly #sampler: ActivitySampler | undefined;
  #before: CpuSnapshot | undefined;
  #after: CpuSnapshot | undefined;
  #elu: EventLoopUtilization | undefined;
  #driverLoop = 0;
  #from = 0;
  #to = 0;
  #histBefore: Promise<Map<string, Histogram>> | undefined;
  #histAfter: Promise<Map<string, Histogram>> | undefined;
  #pids: number[] = [];

  private constructor(target: QuotaTarget, admin: pg.Client | undefined) {
    this.#target = target;
    this.#admin = admin;
    this.#sampler = admin === undefined || target.database === undefined ? undefined : new ActivitySampler(admin, target.database);
  }

  static async open(infra: Infra, target: QuotaTarget): Promise<MeasuredWindow> {
    let admin: pg.Client | undefined;
    if (target.database !== undefined) {
      admin = new pg.Client({ connectionString: infra.adminUrl });
      await admin.connect();
    }
    return new MeasuredWindow(target, admin);
  }

  #allPids(): number[] {
    return [process.pid, ...Object.values(this.#target.processes), ...pidsByComm('postgres'), ...pidsByComm('nats-server')];
  }

  start(): void {
    this.#pids = this.#allPids();
    this.#from = nowMs();
    this.#before = snapshot(this.#pids);
    this.#elu = performance.eventLoopUtilization();
    this.#histBefore = this.#target.histograms?.();
    this.#sampler?.start();
  }

  stop(): void {
    this.#to = nowMs();
    this.#after = snapshot(new Set([...this.#pids, ...this.#allPids()]));
    this.#driverLoop = performance.eventLoopUtilization(this.#elu).utilization;
    this.#histAfter = this.#target.histograms?.();
  }

  get from(): number {
    return this.#from;
  }

  get to(): number {
    return this.#to;
  }

  /** The observation, once stop() has been called. */
  async result(): Promise<WindowObservation> {
    const activity = await this.#sampler?.stop();
    const backends = (await this.#sampler?.backendPids()) ?? [];
    await this.#admin?.end();
    const backendSet = new Set(backends);
    const groups: Record<string, number[]> = {
      'bench driver': [process.pid],
      ...Object.fromEntries(Object.entries(this.#target.processes).map(([name, pid]) => [name, [pid]])),
      'postgres (target db backends)': backends,
      'postgres (rest)': pidsByComm('postgres').filter((p) => !backendSet.has(p)),
      'nats-server': pidsByComm('nats-server'),
    };
    const cpu = split(this.#before!, this.#after!, groups, availableParallelism());
    let histograms: Record<string, Histogram> | undefined;
    if (this.#histBefore !== undefined && this.#histAfter !== undefined) {
      const [a, b] = await Promise.all([this.#histBefore, this.#histAfter]);
      histograms = Object.fromEntries([...b].map(([k, h]) => [k, diffHistogram(a.get(k), h)]));
    }
    return {
      from: this.#from,
      to: this.#to,
      cpu,
      driverLoop: this.#driverLoop,
      ...(activity === undefined ? {} : { activity }),
      ...(histograms === undefined ? {} : { histograms }),
    };
  }
}
