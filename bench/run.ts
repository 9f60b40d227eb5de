// The benchmark driver: `npm run bench -- [--quick] [--only sluice,graphile,...] [--scenario noop|latency|chain]`.
// See README.md in this folder. Run through run.sh, which finds PostgreSQL and NATS (scripts/infra.sh).
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { infraFromEnv } from './src/infra.ts';
import { waitForQuiet } from './src/quiet.ts';
import { BENCH_DIR, REPO_ROOT } from './src/paths.ts';
import type { Scenario } from './src/protocol.ts';
import { execFileSync } from 'node:child_process';
import { cpuTable, dbTable, fellBehind, headlineTable, loopTable, targetsTable } from './src/report.ts';
import { FULL, QUICK, runScenario, type Params, type ScenarioResult } from './src/scenarios.ts';
import { profileSluice, profileTable } from './src/profile.ts';
import { bullmq } from './src/systems/bullmq.ts';
import { graphile, graphileBatched } from './src/systems/graphile.ts';
import { pgboss } from './src/systems/pgboss.ts';
import { sluice } from './src/systems/sluice.ts';
import type { RunContext, System } from './src/systems/system.ts';

const ALL_SYSTEMS: readonly System[] = [sluice, graphile, graphileBatched, pgboss, bullmq];
const ALL_SCENARIOS: readonly Scenario[] = ['noop', 'latency', 'chain'];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    scenario: { type: 'string' },
    'noop-jobs': { type: 'string' },
    attempts: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: true },
    'no-profile': { type: 'boolean', default: false },
    'profile-scenario': { type: 'string', default: 'noop' },
    'profile-rate': { type: 'string', default: '50' },
    'latency-rate': { type: 'string' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: false,
});

if (values.help) {
  process.stdout.write(`usage: npm run bench -- [--quick] [--only ${ALL_SYSTEMS.map((s) => s.name).join(',')}] [--scenario ${ALL_SCENARIOS.join(',')}]
                      [--noop-jobs N] [--attempts N] [--no-profile] [--profile-scenario noop|latency|chain]
                      [--profile-rate N (latency profile, jobs/s; default 50)] [--latency-rate N (jobs/s; default 200)] [--verbose]
`);
  process.exit(0);
}

const pick = <T>(all: readonly T[], names: string | undefined, nameOf: (t: T) => string, what: string): T[] => {
  if (names === undefined) return [...all];
  const wanted = names.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((w) => !all.some((t) => nameOf(t) === w));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown ${what} ${unknown.join(', ')} (have: ${all.map(nameOf).join(', ')})\n`);
    process.exit(2);
  }
  return all.filter((t) => wanted.includes(nameOf(t)));
};
const systems = pick(ALL_SYSTEMS, values.only, (s) => s.name, 'system');
const scenarios = pick(ALL_SCENARIOS, values.scenario, (s) => s, 'scenario');
const base = values.quick ? QUICK : FULL;
const params: Params = {
  ...base,
  ...(values['noop-jobs'] === undefined ? {} : { noopJobs: Number(values['noop-jobs']) }),
  ...(values['latency-rate'] === undefined ? {} : { latencyRate: Number(values['latency-rate']) }),
};
const ctx: RunContext = { infra: infraFromEnv(), quick: values.quick, verbose: values.verbose };

const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
const started = new Date();
const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
say(`${values.quick ? 'quick' : 'full'} run on ${machine}; systems ${systems.map((s) => s.name).join(', ')}; scenarios ${scenarios.join(', ')}`);

/** Cores of CPU used by something else during a window above which the scenario is run again. */
const NOISE = 0.15;
const attempts = values.quick ? 1 : Number(values.attempts);
const otherCpu = (r: ScenarioResult) => r.observation?.cpu.cores.other ?? 0;

const results: ScenarioResult[] = [];
/** Rows added for latency re-measured at a rate the system sustains (`sluice @ 50/s`). */
const extraRows: string[] = [];
for (const scenario of scenarios) {
  for (const system of systems) {
    let best: ScenarioResult | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const busyBefore = await waitForQuiet(values.quick ? 5_000 : 300_000, 0.25, say);
      say(`${scenario} × ${system.name}${attempt > 1 ? ` (attempt ${attempt})` : ''} …`);
      const t0 = performance.now();
      let result: ScenarioResult;
      try {
        result = { ...(await runScenario(system, scenario, ctx, params)), busyBefore, attempt };
        say(`${scenario} × ${system.name}: ${JSON.stringify(result.figures, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v))} (${((performance.now() - t0) / 1000).toFixed(1)} s, ${otherCpu(result).toFixed(2)} cores busy with something else)`);
      } catch (err) {
        result = { system: system.name, scenario, error: (err as Error).stack ?? String(err), busyBefore, attempt };
        say(`${scenario} × ${system.name} FAILED: ${(err as Error).message}`);
      }
      if (best === undefined || (best.error !== undefined && result.error === undefined) || (result.error === undefined && otherCpu(result) < otherCpu(best))) best = result;
      if (result.error !== undefined || otherCpu(result) <= NOISE) break;
      if (attempt < attempts) say(`another workload used ${otherCpu(result).toFixed(2)} cores during the window: running it again`);
    }
    results.push(best!);
    // A system that cannot keep up with the offered rate only shows its backlog; measure its
    // schedule-to-start latency again at half the rate it did handle, halving until it keeps up.
    let f = best!.figures;
    let rate = params.latencyRate;
    for (let step = 0; scenario === 'latency' && f !== undefined && fellBehind(f) && step < 3 && rate > 10; step++) {
      rate = Math.max(10, Math.floor(Math.min(rate / 2, (f.handledRate as number) / 2) / 10) * 10);
      const label = `${system.name} @ ${rate}/s`;
      await waitForQuiet(values.quick ? 5_000 : 300_000, 0.25, say);
      say(`latency × ${label} (it fell behind at a higher rate) …`);
      try {
        const r = await runScenario(system, 'latency', ctx, { ...params, latencyRate: rate });
        results.push({ ...r, system: label });
        extraRows.push(label);
        f = r.figures;
        say(`latency × ${label}: ${JSON.stringify(r.figures, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v))}`);
      } catch (err) {
        say(`latency × ${label} FAILED: ${(err as Error).message}`);
        break;
      }
    }
  }
}

let profile: Awaited<ReturnType<typeof profileSluice>> | undefined;
const profileScenario = pick(ALL_SCENARIOS, values['profile-scenario'], (s) => s, 'scenario')[0] ?? 'noop';
if (values.profile && !values['no-profile'] && systems.includes(sluice) && scenarios.includes(profileScenario)) {
  say(`profile: Sluice ${profileScenario}, once CPU-profiled and once with spans exported (separate runs; not the headline figures) …`);
  try {
    const p: Params = { ...params, noopWarmupJobs: 200, noopJobs: values.quick ? 500 : 3000, latencyRate: Number(values['profile-rate']) };
    profile = await profileSluice(ctx, p, profileScenario);
  } catch (err) {
    say(`profile FAILED: ${(err as Error).stack ?? String(err)}`);
  }
}

const names = [...systems.map((s) => s.name), ...extraRows];
const commit = process.env.BENCH_COMMIT ?? gitCommit();
const out = [
  `## Sluice vs graphile-worker, pg-boss, BullMQ (${values.quick ? 'quick run: figures are indicative only' : 'full run'})`,
  '',
  `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machine}, Sluice at ${commit}.`,
  '',
  headlineTable(results, names),
  '',
  ...(systems.includes(sluice) && systems.includes(graphile) ? [targetsTable(results), ''] : []),
  '### CPU during each measured window (cores busy on average)',
  '',
  cpuTable(results),
  '',
  '### Event loops of the Node processes during each window',
  '',
  loopTable(results),
  '',
  '### PostgreSQL work per job (per chain for chains), enqueue included; WAL is server-wide',
  '',
  dbTable(results),
  '',
  ...(profile === undefined ? [] : ['### Where a Sluice stage spends its time', '', profileTable(profile), '']),
  '### Settings',
  '',
  ...systems.map((s) => `- **${s.name}**: ${s.settings}. Per job: ${s.perJob}.`),
  '',
];
process.stdout.write(`${out.join('\n')}\n`);
const failed = results.filter((r) => r.error !== undefined);
for (const f of failed) process.stdout.write(`\n${f.scenario} × ${f.system} failed:\n${f.error}\n`);

const dir = join(BENCH_DIR, 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `${started.toISOString().replace(/[:.]/g, '-')}${values.quick ? '-quick' : ''}.json`);
writeFileSync(file, `${JSON.stringify({ started: started.toISOString(), machine, commit, quick: values.quick, params, settings: Object.fromEntries(systems.map((s) => [s.name, { settings: s.settings, perJob: s.perJob }])), results, profile }, null, 2)}\n`);
say(`wrote ${file}`);
process.exit(failed.length > 0 ? 1 : 0);

/** The commit the Sluice code under test is at, `+dirty` when services/ or libs/ have changes. */
function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', cwd: REPO_ROOT }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'services', 'libs'], { encoding: 'utf8', cwd: REPO_ROOT }).trim() !== '';
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown commit';
  }
}
