import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

function ticks(): { busy: number; total: number } {
  const v = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - (v[3] ?? 0) - (v[4] ?? 0), total };
}

/** Cores busy on average over `ms` (the bench is idle meanwhile, so this is someone else). */
export async function busyCores(ms = 3000): Promise<number> {
  const a = ticks();
  await sleep(ms);
  const b = ticks();
  return ((b.busy - a.busy) / Math.max(1, b.total - a.total)) * availableParallelism();
}

/**
 * Waits (up to `maxWaitMs`) for the machine to be quiet, i.e. less than `threshold` cores busy
 * with something else, so that another workload (a test suite) does not skew a scenario.
 * Returns the last reading; the report records it.
 */
export async function waitForQuiet(maxWaitMs: number, threshold = 0.25, say: (line: string) => void = () => undefined): Promise<number> {
  const deadline = Date.now() + maxWaitMs;
  let busy = await busyCores();
  let warned = false;
  while (busy > threshold && Date.now() < deadline) {
    if (!warned) say(`the machine is busy with something else (${busy.toFixed(2)} cores); waiting up to ${Math.round(maxWaitMs / 1000)} s for it to settle`);
    warned = true;
    await sleep(2000);
    busy = await busyCores();
  }
  if (busy > threshold) say(`still ${busy.toFixed(2)} cores busy with something else: this scenario's figures are skewed`);
  return busy;
}
