import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface CpuBreakdown {
  /** Milliseconds profiled. */
  readonly totalMs: number;
  /** Share of the profiled time per category (package, Sluice lib, GC, idle …), largest first. */
  readonly byCategory: Record<string, number>;
  /** The functions with the most self time: `name (category)` → share. */
  readonly topFunctions: Record<string, number>;
}

/** The package or part of the code a script URL belongs to. */
function categorise(url: string, fn: string): string {
  if (url === '') {
    if (fn === '(garbage collector)') return 'GC';
    if (fn === '(idle)') return 'idle';
    if (fn === '(program)') return 'V8/native (program)';
    return `native ${fn}`;
  }
  if (url.startsWith('node:')) return 'node core';
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pnpm !== null) return pnpm[1]!;
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (nm !== null) return nm[1]!;
  const lib = /\/libs\/([^/]+)\//.exec(url);
  if (lib !== null) return `@sluice/${lib[1]}`;
  const svc = /\/services\/([^/]+)\//.exec(url);
  if (svc !== null) return `services/${svc[1]}`;
  if (url.includes('/bench/')) return 'bench harness';
  return url;
}

/** Self time per category and per function from a V8 .cpuprofile; the file is removed. */
export function readCpuProfile(file: string): CpuBreakdown | undefined {
  let profile: CpuProfile;
  try {
    profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  } catch {
    return undefined;
  } finally {
    // BENCH_KEEP_CPUPROFILE=<dir> keeps the raw profile there (for DevTools or a script).
    const keep = process.env.BENCH_KEEP_CPUPROFILE;
    if (keep !== undefined && keep !== '' && existsSync(file)) copyFileSync(file, join(keep, basename(file)));
    rmSync(file, { force: true });
  }
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const node = nodes.get(profile.samples[i]!);
    if (node === undefined) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const category = categorise(url, functionName);
    total += dt;
    byCategory.set(category, (byCategory.get(category) ?? 0) + dt);
    const fn = `${functionName || '(anonymous)'} (${category}${url === '' ? '' : `:${url.split('/').pop()}:${lineNumber + 1}`})`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
  }
  const shares = (m: Map<string, number>, limit: number) =>
    Object.fromEntries([...m].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([k, v]) => [k, v / Math.max(1, total)]));
  return { totalMs: total / 1000, byCategory: shares(byCategory, 40), topFunctions: shares(byFunction, 25) };
}
