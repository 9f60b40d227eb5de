import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomId } from '../infra.ts';

export const PROBE = new URL('./probe.ts', import.meta.url).pathname;

/** A file for one process's loop samples, and the node flags that preload the probe. */
export function loopProbe(name: string): { file: string; nodeArgs: string[]; env: Record<string, string> } {
  const file = join(tmpdir(), `bench-loop-${name}-${randomId()}.json`);
  return { file, nodeArgs: ['--import', PROBE], env: { BENCH_LOOP_FILE: file } };
}

export interface LoopSummary {
  /** Share of wall time the event loop was busy (1.0: the process is bound by its one JS thread). */
  readonly utilization: number;
  readonly meanDelayMs: number;
  readonly maxP99DelayMs: number;
}

/** The samples written by the probe inside [from, to] (wall ms), averaged; the file is removed. */
export function readLoopSamples(file: string, from: number, to: number): LoopSummary | undefined {
  let raw: number[];
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as number[];
  } catch {
    return undefined;
  } finally {
    rmSync(file, { force: true });
  }
  let n = 0;
  let u = 0;
  let d = 0;
  let p = 0;
  for (let k = 0; k < raw.length; k += 4) {
    const at = raw[k]!;
    if (at < from + 250 || at > to) continue;
    n++;
    u += raw[k + 1]!;
    d += raw[k + 2]!;
    p = Math.max(p, raw[k + 3]!);
  }
  return n === 0 ? undefined : { utilization: u / n, meanDelayMs: d / n, maxP99DelayMs: p };
}
