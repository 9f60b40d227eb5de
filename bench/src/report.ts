import type { ScenarioResult } from './scenarios.ts';
import type { Summary } from './stats.ts';

const fmt = (v: unknown, digits = 0): string => (typeof v === 'number' && Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');
const ms = (v: number | undefined): string => (v === undefined || !Number.isFinite(v) ? '–' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));

function find(results: readonly ScenarioResult[], system: string, scenario: string): ScenarioResult | undefined {
  return results.find((r) => r.system === system && r.scenario === scenario);
}

/** Whether a latency run could not start jobs as fast as they came (its latency is its backlog). */
export function fellBehind(f: Record<string, unknown>): boolean {
  return (f.backlogSecondsAfterLastSend as number) > 1 || (f.handledRate as number) < 0.95 * (f.targetRate as number);
}

/** The issue's targets for Sluice against graphile-worker (unbatched), met or not. */
export function targetsTable(results: readonly ScenarioResult[]): string {
  const fig = (system: string, scenario: string) => find(results, system, scenario)?.figures;
  const sNoop = fig('sluice', 'noop')?.rate as number | undefined;
  const gNoop = fig('graphile', 'noop')?.rate as number | undefined;
  const sLat = fig('sluice', 'latency');
  const sChain = fig('sluice', 'chain')?.rate as number | undefined;
  const gChain = fig('graphile', 'chain')?.rate as number | undefined;
  const verdict = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? 'met' : '**not met**');
  const p99 = (sLat?.latency as Summary | undefined)?.p99;
  const latOk = sLat === undefined || p99 === undefined ? undefined : p99 <= 15 && !fellBehind(sLat);
  return [
    '| target (Sluice) | wanted | measured | |',
    '| --- | --- | --- | --- |',
    `| no-op stage executions/s | ≥ graphile-worker's ${fmt(gNoop)} | ${fmt(sNoop)} (${gNoop && sNoop ? fmt(sNoop / gNoop, 2) : '–'}×) | ${verdict(sNoop === undefined || gNoop === undefined ? undefined : sNoop >= gNoop)} |`,
    `| schedule→start p99 at 200/s | ≤ 15 ms | ${ms(p99)} ms${sLat !== undefined && fellBehind(sLat) ? ' (fell behind)' : ''} | ${verdict(latOk)} |`,
    `| 3-stage workflows/s | ≥ 1.5 × graphile-worker's ${fmt(gChain)} = ${fmt(gChain === undefined ? undefined : 1.5 * gChain)} | ${fmt(sChain)} (${gChain && sChain ? fmt(sChain / gChain, 2) : '–'}×) | ${verdict(sChain === undefined || gChain === undefined ? undefined : sChain >= 1.5 * gChain)} |`,
  ].join('\n');
}

/** The headline table: one row per system, the issue's metrics as columns. */
export function headlineTable(results: readonly ScenarioResult[], systems: readonly string[]): string {
  const rows = [
    '| system | no-op jobs/s (1 worker) | schedule→start p50 / p95 / p99 ms @ 200/s | 3-stage chains/s | chain e2e p50 / p99 ms |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const system of systems) {
    const noop = find(results, system, 'noop');
    const lat = find(results, system, 'latency');
    const ch = find(results, system, 'chain');
    // † marks a figure measured while another workload used more than 0.15 cores (after retries).
    const noisy = (r: ScenarioResult) => ((r.observation?.cpu.cores.other ?? 0) > 0.15 ? ' †' : '');
    const cell = (r: ScenarioResult | undefined, f: (fig: Record<string, unknown>) => string) => (r === undefined ? '–' : r.error !== undefined ? 'failed' : `${f(r.figures!)}${noisy(r)}`);
    const latCell = cell(lat, (f) => {
      const s = f.latency as Summary;
      const lagging = fellBehind(f) ? ` (fell behind: ${fmt(f.handledRate)}/s handled)` : '';
      return `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}${lagging}`;
    });
    rows.push(
      `| ${system} | ${cell(noop, (f) => fmt(f.rate))} | ${latCell} | ${cell(ch, (f) => fmt(f.rate))} | ${cell(ch, (f) => `${ms((f.e2e as Summary).p50)} / ${ms((f.e2e as Summary).p99)}`)} |`,
    );
  }
  return rows.join('\n');
}

/** Cores busy on average per process group during each measured window. */
export function cpuTable(results: readonly ScenarioResult[]): string {
  const groups = new Set<string>();
  for (const r of results) for (const g of Object.keys(r.observation?.cpu.cores ?? {})) groups.add(g);
  const cols = [...groups].filter((g) => results.some((r) => (r.observation?.cpu.cores[g] ?? 0) >= 0.005));
  const rows = [`| system / scenario | ${cols.join(' | ')} | machine |`, `| --- | ${cols.map(() => '---:').join(' | ')} | ---: |`];
  for (const r of results) {
    if (r.observation === undefined) continue;
    const c = r.observation.cpu.cores;
    rows.push(`| ${r.system} / ${r.scenario} | ${cols.map((g) => fmt(c[g], 2)).join(' | ')} | ${fmt(r.observation.cpu.machine, 2)} |`);
  }
  return rows.join('\n');
}

/** PostgreSQL work per job (per chain for the chain scenario), enqueue included. */
export function dbTable(results: readonly ScenarioResult[]): string {
  const rows = [
    '| system / scenario | commits | rows inserted | rows updated | rows deleted | WAL records | WAL bytes | avg backends active | top waits (avg backends) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    if (r.dbPerUnit === undefined) continue;
    const d = r.dbPerUnit;
    const a = r.observation?.activity;
    const waits = a === undefined ? '' : Object.entries(a.avgActiveWaiting).slice(0, 3).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
    rows.push(
      `| ${r.system} / ${r.scenario}${r.scenario === 'chain' ? ' (per chain)' : ''} | ${fmt(d.commits, 1)} | ${fmt(d.inserted, 1)} | ${fmt(d.updated, 1)} | ${fmt(d.deleted, 1)} | ${fmt(d.wal_records, 1)} | ${fmt(d.wal_bytes)} | ${fmt(a?.avgByState.active, 2)} | ${waits} |`,
    );
  }
  return rows.join('\n');
}

export { ms, fmt };

/** Event-loop utilisation (share of wall time busy) and mean delay of each Node process in the window. */
export function loopTable(results: readonly ScenarioResult[]): string {
  const rows = ['| system / scenario | process: event-loop busy, mean delay |', '| --- | --- |'];
  for (const r of results) {
    const loops = r.observation?.loops;
    if (loops === undefined || Object.keys(loops).length === 0) continue;
    rows.push(`| ${r.system} / ${r.scenario} | ${Object.entries(loops).map(([name, l]) => `${name}: ${(l.utilization * 100).toFixed(0)} %, ${l.meanDelayMs.toFixed(1)} ms`).join('; ')} |`);
  }
  return rows.join('\n');
}
