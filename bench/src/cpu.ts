import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time split between the processes of a run, from /proc (Linux): utime + stime of each
 * tracked process between two snapshots, and the machine's busy time from /proc/stat. What is
 * busy but not tracked shows up as `other` (another workload on the machine is noise).
 */
export interface CpuSnapshot {
  readonly at: number;
  /** Busy jiffies of the whole machine (all cores). */
  readonly machineBusy: number;
  readonly machineTotal: number;
  /** irq + softirq + steal jiffies (no process is charged for them). */
  readonly machineIrq: number;
  /** pid → jiffies (utime + stime). */
  readonly perPid: ReadonlyMap<number, number>;
}

/** A named group of processes, e.g. `worker` → [pid], `postgres (bench db)` → backends of the bench database. */
export type Groups = Record<string, readonly number[]>;

export interface CpuSplit {
  readonly seconds: number;
  /** Cores busy on average over the window, per group (1.0 = one core saturated). */
  readonly cores: Record<string, number>;
  /** Machine cores busy on average (all processes). */
  readonly machine: number;
  readonly ncpu: number;
}

const TICKS = 100; // USER_HZ on Linux

export function readPidJiffies(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm may contain spaces or parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of the full line)
  } catch {
    return undefined;
  }
}

/** Pids whose /proc/<pid>/comm equals `comm` (e.g. `postgres`, `nats-server`, `redis-server`). */
export function pidsByComm(comm: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === comm) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

function machineTicks(): { busy: number; total: number; irq: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  // user nice system idle iowait irq softirq steal (guest and guest_nice are already in user and nice)
  const v = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0); // idle + iowait
  return { busy: total - idle, total, irq: (v[5] ?? 0) + (v[6] ?? 0) + (v[7] ?? 0) };
}

export function snapshot(pids: Iterable<number>): CpuSnapshot {
  const perPid = new Map<number, number>();
  for (const pid of pids) {
    const j = readPidJiffies(pid);
    if (j !== undefined) perPid.set(pid, j);
  }
  const m = machineTicks();
  return { at: performance.now(), machineBusy: m.busy, machineTotal: m.total, machineIrq: m.irq, perPid };
}

/**
 * The split between two snapshots. A pid absent from the first snapshot counts from zero (it
 * started in the window); one absent from the second is dropped (it ended; rare for the
 * long-lived processes tracked here).
 */
export function split(before: CpuSnapshot, after: CpuSnapshot, groups: Groups, ncpu: number): CpuSplit {
  const seconds = (after.at - before.at) / 1000;
  const cores: Record<string, number> = {};
  let tracked = 0;
  const seen = new Set<number>();
  for (const [name, pids] of Object.entries(groups)) {
    let jiffies = 0;
    for (const pid of pids) {
      if (seen.has(pid)) continue;
      seen.add(pid);
      const end = after.perPid.get(pid);
      if (end === undefined) continue;
      jiffies += end - (before.perPid.get(pid) ?? 0);
    }
    tracked += jiffies;
    cores[name] = jiffies / TICKS / seconds;
  }
  // /proc/stat's first line sums every core: busy / total × ncpu = cores busy on average.
  const share = (a: number, b: number) => ((b - a) / Math.max(1, after.machineTotal - before.machineTotal)) * ncpu;
  const machine = share(before.machineBusy, after.machineBusy);
  cores['kernel irq/softirq'] = share(before.machineIrq, after.machineIrq);
  cores.other = Math.max(0, machine - tracked / TICKS / seconds - cores['kernel irq/softirq']);
  return { seconds, cores, machine, ncpu };
}
