import { fmt, ms } from '../report.ts';
import type { OpenLoopResult } from './load.ts';
import { mean, quantileBound, type Histogram } from './prom.ts';
import type { LoadRun, OverGrantRun, UpstreamRun } from './scenarios.ts';

/** What the brief asks of Sluice (and research/quota-and-leases.md §3.10 for 100 keys). */
export const TARGETS = {
  hotRate: 5_000,
  spreadRate: 3_000,
  p99Ms: 10,
  overGrant: 0,
  utilisation: 0.95,
} as const;

/** Statements in one Sluice tick with acquires (idempotency keys) and commits: BEGIN, lock grants, find keys, clock + limits, lock counters, write, COMMIT (services/quota/src/engine/tick.ts). */
export const SLUICE_STATEMENTS_PER_TICK = 7;
/** The naive server's statements per cycle: BEGIN, SELECT … FOR UPDATE, UPDATE, INSERT, COMMIT; BEGIN, UPDATE, UPDATE, COMMIT. */
export const NAIVE_STATEMENTS_PER_CYCLE = 9;

const OTHER_NOISE = 0.15;
const verdict = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? 'met' : '**not met**');
const noisy = (r: { observation: { cpu: { cores: Record<string, number> } } }) => ((r.observation.cpu.cores.other ?? 0) > OTHER_NOISE ? ' †' : '');

function best(runs: readonly LoadRun[], system: string, scenario: 'hot' | 'spread'): LoadRun | undefined {
  return runs.filter((r) => r.system === system && r.scenario === scenario && r.load.errors === 0).sort((a, b) => b.load.rate - a.load.rate)[0];
}

const latencyRun = (runs: readonly LoadRun[], system: string) => runs.find((r) => r.system === system && r.scenario === 'latency');
const fellBehind = (l: OpenLoopResult) => l.dropped > 0 || l.rate < 0.95 * l.targetRate;

/** Which of Sluice's two ways of calling met a target: both, one (named), or neither. */
function verdictOf(perCall: boolean | undefined, batched: boolean | undefined): string {
  if (perCall === undefined && batched === undefined) return '–';
  if (perCall === true && batched !== false) return 'met';
  if (perCall === true) return 'met a call each, **not met** batched';
  if (batched === true) return `met batched${perCall === undefined ? '' : ', **not met** a call each'}`;
  return '**not met**';
}

/** The headline: one row per scenario, Sluice (a call each, and batched) beside the naive server and the gRPC floor, with the targets. */
export function headlineTable(runs: readonly LoadRun[], overGrant: OverGrantRun | undefined, upstream: UpstreamRun | undefined): string {
  const rows = [
    '| scenario | sluice (a call each) | sluice-batched | naive (row lock per request) | sluice ÷ naive (batched ÷ naive) | gRPC floor (no database) | target (Sluice) | |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  const rateCell = (r: LoadRun | undefined) => (r === undefined ? '–' : `${fmt(r.load.rate)} (${r.callers} callers)${noisy(r)}`);
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '–' : `${fmt(a / b, 2)}×`);
  for (const [scenario, label, target] of [
    ['hot', 'hot key: acquire+commit cycles/s', TARGETS.hotRate],
    ['spread', '100 keys (tenant limits): cycles/s', TARGETS.spreadRate],
  ] as const) {
    const s = best(runs, 'sluice', scenario);
    const b = best(runs, 'sluice-batched', scenario);
    const n = best(runs, 'naive', scenario);
    const f = best(runs, 'grpc-floor', scenario);
    if (s === undefined && b === undefined && n === undefined && f === undefined) continue;
    const note = scenario === 'spread' ? ' (research §3.10)' : '';
    const meets = (r: LoadRun | undefined) => (r === undefined ? undefined : r.load.rate >= target);
    rows.push(
      `| ${label} | ${rateCell(s)} | ${rateCell(b)} | ${rateCell(n)} | ${ratio(s?.load.rate, n?.load.rate)} (${ratio(b?.load.rate, n?.load.rate)}) | ${rateCell(f)} | ≥ ${fmt(target)}${note} | ${verdictOf(meets(s), meets(b))} |`,
    );
  }
  const sl = latencyRun(runs, 'sluice');
  const bl = latencyRun(runs, 'sluice-batched');
  const nl = latencyRun(runs, 'naive');
  if (sl !== undefined || bl !== undefined || nl !== undefined) {
    const cell = (r: LoadRun | undefined) => {
      if (r === undefined) return '–';
      const l = r.load as OpenLoopResult;
      return `${ms(l.latency.p50)} / ${ms(l.latency.p95)} / ${ms(l.latency.p99)} @ ${fmt(l.targetRate)}/s${fellBehind(l) ? ' (fell behind)' : ''}${noisy(r)}`;
    };
    const p99 = (r: LoadRun | undefined) => (r === undefined ? undefined : (r.load as OpenLoopResult).latency.p99);
    const ok = (r: LoadRun | undefined) => (r === undefined ? undefined : p99(r)! <= TARGETS.p99Ms && !fellBehind(r.load as OpenLoopResult));
    rows.push(
      `| cycle p50 / p95 / p99 ms at half its max (open loop) | ${cell(sl)} | ${cell(bl)} | ${cell(nl)} | p99 ${ratio(p99(sl), p99(nl))} (${ratio(p99(bl), p99(nl))}), each at its own half | – | p99 ≤ ${TARGETS.p99Ms} ms | ${verdictOf(ok(sl), ok(bl))} |`,
    );
  }
  if (overGrant !== undefined) {
    const a = overGrant.audit;
    rows.push(
      `| over-grant: most units granted in one 1 s fixed window (limit ${fmt(a.limit)}; 2 replicas, ${overGrant.callers} callers, ${a.windows} windows) | ${fmt(a.maxPerWindow)} (${fmt(a.overTotal)} over)${noisy(overGrant)} | – | – | – | – | ${TARGETS.overGrant} over | ${verdict(a.overTotal === 0 && a.maxPerWindow <= a.limit)} |`,
    );
  }
  if (upstream !== undefined) {
    rows.push(
      `| saturated upstream (${fmt(upstream.limit)}/s bucket, ${upstream.callers} callers, ${fmt(upstream.seconds)} s): 200s of what its limit allowed; 429s | ${fmt(upstream.utilisation * 100, 1)} % (${fmt(upstream.ok)} of ${fmt(upstream.allowed)}); ${fmt(upstream.refused)} × 429 (${fmt(upstream.refusedInWindow)} in the measured window)${noisy(upstream)} | – | – | – | – | ≥ ${TARGETS.utilisation * 100} %, 0 × 429 | ${verdict(upstream.utilisation >= TARGETS.utilisation && upstream.refused === 0)} |`,
    );
  }
  return rows.join('\n');
}

const CPU_GROUPS = ['bench driver', 'server', 'postgres (target db backends)', 'postgres (rest)', 'nats-server', 'kernel irq/softirq', 'other'] as const;

function cpuCells(cores: Record<string, number>, servers: readonly string[]): string[] {
  return CPU_GROUPS.map((g) => fmt(g === 'server' ? servers.reduce((s, n) => s + (cores[n] ?? 0), 0) : cores[g], 2));
}

const label = (r: LoadRun) => `${r.system} / ${r.scenario}${r.callers === undefined ? ` @ ${fmt((r.load as OpenLoopResult).targetRate)}/s` : ` / ${r.callers}`}`;

/** Every measured window: its rate and cycle time, where the CPU went, the event loops. */
export function windowsTable(runs: readonly LoadRun[], serverNames: Record<string, readonly string[]>): string {
  const rows = [
    `| system / scenario / callers | cycles/s | cycle p50 / p99 ms | errors | ${CPU_GROUPS.map((g) => `${g} (cores)`).join(' | ')} | machine | event loop busy: server(s); driver |`,
    `| --- | ---: | ---: | ---: | ${CPU_GROUPS.map(() => '---:').join(' | ')} | ---: | --- |`,
  ];
  for (const r of runs) {
    const c = r.observation.cpu;
    const loops = Object.entries(r.loops ?? {}).map(([n, l]) => `${n} ${(l.utilization * 100).toFixed(0)} %`).join(', ');
    rows.push(
      `| ${label(r)} | ${fmt(r.load.rate)} | ${ms(r.load.latency.p50)} / ${ms(r.load.latency.p99)} | ${r.load.errors} | ${cpuCells(c.cores, serverNames[r.system] ?? []).join(' | ')} | ${fmt(c.machine, 2)} | ${loops || '–'}; driver ${(r.observation.driverLoop * 100).toFixed(0)} % |`,
    );
  }
  return rows.join('\n');
}

const h = (r: { observation: { histograms?: Record<string, Histogram> } }, key: string): Histogram | undefined => r.observation.histograms?.[key];

/** Per window: PostgreSQL per cycle (CPU, statements, waits) and, for Sluice, its ticks. */
export function databaseTable(runs: readonly LoadRun[]): string {
  const rows = [
    '| system / scenario / callers | PG backend CPU per cycle (ms) | statements per cycle | ticks/s | requests per tick (mean) | tick ms mean / p99 ≤ | AcquireGrant / CommitGrant in the service, ms mean | backends active (avg) | top waits (avg backends) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of runs) {
    const secs = r.observation.cpu.seconds;
    const cycles = r.load.rate * secs;
    const pgMs = cycles === 0 ? Number.NaN : ((r.observation.cpu.cores['postgres (target db backends)'] ?? 0) * secs * 1000) / cycles;
    const ticks = h(r, 'sluice_quota_tick_seconds');
    const size = h(r, 'sluice_quota_tick_size');
    const acq = h(r, 'sluice_quota_reservation_seconds{method="AcquireGrant"}');
    const com = h(r, 'sluice_quota_reservation_seconds{method="CommitGrant"}');
    const statements = r.system === 'naive' ? NAIVE_STATEMENTS_PER_CYCLE : ticks !== undefined && cycles > 0 ? (SLUICE_STATEMENTS_PER_TICK * ticks.count) / cycles : Number.NaN;
    const a = r.observation.activity;
    const waits = a === undefined ? '' : Object.entries(a.avgActiveWaiting).slice(0, 3).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
    rows.push(
      `| ${label(r)} | ${fmt(pgMs, 3)} | ${r.system === 'grpc-floor' ? '0' : `${r.system === 'sluice' ? '≈ ' : ''}${fmt(statements, 2)}`} | ${ticks === undefined ? '–' : fmt(ticks.count / secs)} | ${size === undefined ? '–' : fmt(mean(size), 1)} | ${ticks === undefined ? '–' : `${ms(mean(ticks) * 1000)} / ${ms(quantileBound(ticks, 0.99) * 1000)}`} | ${acq === undefined || com === undefined ? '–' : `${ms(mean(acq) * 1000)} / ${ms(mean(com) * 1000)}`} | ${fmt(a?.avgByState.active, 2)} | ${waits} |`,
    );
  }
  return rows.join('\n');
}

/** The over-grant audit, window by window, three ways. */
export function overGrantTable(run: OverGrantRun): string {
  const a = run.audit;
  const starts = [...new Set([...a.byNotBefore, ...a.byCharge, ...a.byLedger].map((c) => c.startMs))].sort((x, y) => x - y);
  const get = (list: typeof a.byNotBefore, s: number) => fmt(list.find((c) => c.startMs === s)?.units ?? 0);
  const t0 = starts[0] ?? 0;
  return [
    `${fmt(run.acquires)} acquires in ${fmt(run.seconds, 1)} s, ${fmt(run.granted)} granted (${fmt(run.futureDated)} dated into a later window), ${fmt(run.denials)} refused, ${run.errors} errors; grants by state at the end: ${Object.entries(a.states).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}.`,
    '',
    `| window (s from the first) | units by grant not_before | by the window each grant charged | by usage_ledger.charged_at | limit |`,
    '| ---: | ---: | ---: | ---: | ---: |',
    ...starts.map((s) => `| ${fmt((s - t0) / 1000)} | ${get(a.byNotBefore, s)} | ${get(a.byCharge, s)} | ${get(a.byLedger, s)} | ${fmt(a.limit)} |`),
  ].join('\n');
}

export function upstreamLine(run: UpstreamRun): string {
  return (
    `${fmt(run.ok)} upstream 200s in ${fmt(run.seconds, 1)} s against ${fmt(run.allowed, 1)} allowed (the bucket's level at the window's start + ${fmt(run.limit)}/s × the window); ` +
    `${fmt(run.refused)} × 429 over the whole run (${fmt(run.refusedInWindow)} in the window${run.refused === 0 ? '' : `; at ${run.refusedAtMs.slice(0, 10).join(', ')} ms after the first call`}); ${fmt(run.acquires)} acquires, ${fmt(run.denials)} refused, ${run.errors} errors${run.firstError === undefined ? '' : ` (${run.firstError})`}; ` +
    `a caller waited for its future-dated grant p50 ${ms(run.waits.p50)} / p99 ${ms(run.waits.p99)} ms. CPU: machine ${fmt(run.observation.cpu.machine, 2)} cores.`
  );
}

/** Where the profiled processes spent the profiled window: self time per package, then per function. */
export function profileTable(runs: readonly LoadRun[]): string {
  const out: string[] = [];
  for (const r of runs) {
    for (const [name, b] of Object.entries(r.cpuProfile ?? {})) {
      const busy = Object.entries(b.byCategory).filter(([k]) => k !== 'idle');
      out.push(`${label(r)}, ${name}: ${fmt(b.totalMs)} ms profiled (${fmt((1 - (b.byCategory.idle ?? 0)) * 100)} % not idle).`, '');
      out.push('| self time in | share of the window |', '| --- | ---: |', ...busy.slice(0, 14).map(([k, v]) => `| ${k} | ${fmt(v * 100, 1)} % |`), '');
      out.push('| function | share |', '| --- | ---: |', ...Object.entries(b.topFunctions).filter(([k]) => !k.startsWith('(idle)')).slice(0, 15).map(([k, v]) => `| ${k.replace(/\|/g, '\\|')} | ${fmt(v * 100, 1)} % |`), '');
    }
  }
  return out.join('\n');
}
