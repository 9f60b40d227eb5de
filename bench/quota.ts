// The quota benchmark: `npm run bench:quota -- [--quick] [--only sluice,naive,grpc-floor] [--scenario hot,spread,latency,overgrant,upstream]`.
// See "Quota grants" in README.md. Run through quota.sh, which finds PostgreSQL and NATS (scripts/infra.sh).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { infraFromEnv } from './src/infra.ts';
import { BENCH_DIR, REPO_ROOT } from './src/paths.ts';
import { waitForQuiet } from './src/quiet.ts';
import { NAIVE_POOL, startFloor, startNaive } from './src/quota/comparator-target.ts';
import { databaseTable, headlineTable, overGrantTable, profileTable, upstreamLine, windowsTable } from './src/quota/report.ts';
import { FULL, QUICK, QuotaScenario, runLoadScenarios, runOverGrant, runUpstream, type LoadRun, type OverGrantRun, type QuotaParams, type UpstreamRun } from './src/quota/scenarios.ts';
import { startSluice } from './src/quota/sluice-target.ts';
import type { QuotaTarget } from './src/quota/target.ts';

const SYSTEMS = ['sluice', 'sluice-batched', 'naive', 'grpc-floor'] as const;
type SystemName = (typeof SYSTEMS)[number];
const SCENARIOS = Object.values(QuotaScenario);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    scenario: { type: 'string' },
    callers: { type: 'string' },
    'latency-rate': { type: 'string' },
    'naive-pool': { type: 'string' },
    profile: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: false,
});

if (values.help) {
  process.stdout.write(`usage: npm run bench:quota -- [--quick] [--only ${SYSTEMS.join(',')}] [--scenario ${SCENARIOS.join(',')}]
                            [--callers 64,256] [--latency-rate N (when the hot key is not run)] [--naive-pool N]
                            [--profile hot/256|spread/64|latency (CPU-profile the quota service over that window)] [--verbose]
Quota service settings: BENCH_SLUICE_QUOTA_BATCH_MAX (default here 128), BENCH_SLUICE_QUOTA_TICKS_IN_FLIGHT (4), BENCH_SLUICE_DB_POOL_MAX;
the naive server's pool: BENCH_NAIVE_POOL (16 for the hot key, 32 for 100 keys);
BENCH_QUOTA_DIR runs the quota service from a copy of services/quota (set BENCH_COMMIT to say which).
`);
  process.exit(0);
}

const pick = <T extends string>(all: readonly T[], names: string | undefined, what: string): T[] => {
  if (names === undefined) return [...all];
  const wanted = names.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((w) => !all.includes(w as T));
  if (unknown.length > 0) {
    process.stderr.write(`bench:quota: unknown ${what} ${unknown.join(', ')} (have: ${all.join(', ')})\n`);
    process.exit(2);
  }
  return all.filter((t) => wanted.includes(t));
};
const systems = pick(SYSTEMS, values.only, 'system');
const scenarios = pick(SCENARIOS, values.scenario, 'scenario');
const base = values.quick ? QUICK : FULL;
const params: QuotaParams = {
  ...base,
  ...(values.callers === undefined ? {} : { callers: values.callers.split(',').map(Number) }),
  ...(values['latency-rate'] === undefined ? {} : { latencyRate: Number(values['latency-rate']) }),
};
const naivePool = values['naive-pool'] === undefined ? NAIVE_POOL : { hot: Number(values['naive-pool']), spread: Number(values['naive-pool']) };
const infra = infraFromEnv();
const verbose = values.verbose;
const profileWindow = values.profile;
const cpuProfileDir = profileWindow === undefined ? undefined : mkdtempSync(join(tmpdir(), 'bench-quota-profile-'));

const say = (line: string) => process.stderr.write(`bench:quota: ${line}\n`);
const started = new Date();
const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
say(`${values.quick ? 'quick' : 'full'} run on ${machine}; systems ${systems.join(', ')}; scenarios ${scenarios.join(', ')}`);
/** Before each block, wait (up to this long) for the machine to be quiet: other people's test suites skew figures. */
const QUIET_WAIT_MS = values.quick ? 5_000 : 120_000;

const runs: LoadRun[] = [];
const settings: Record<string, string> = {};
const serverNames: Record<string, string[]> = {};
const failures: string[] = [];
const loadScenarios = scenarios.filter((s) => s === 'hot' || s === 'spread' || s === 'latency');

/** One start of one system and the load scenarios run on it. */
interface Block {
  readonly system: SystemName;
  readonly scenarios: QuotaScenario[];
  readonly start: () => Promise<QuotaTarget>;
}
const blocks: Block[] = [];
for (const system of systems) {
  if (system === 'sluice') blocks.push({ system, scenarios: loadScenarios, start: () => startSluice(infra, { replicas: 1, verbose, ...(cpuProfileDir === undefined ? {} : { cpuProfileDir }) }) });
  if (system === 'sluice-batched') blocks.push({ system, scenarios: loadScenarios, start: () => startSluice(infra, { replicas: 1, verbose, batched: true }) });
  if (system === 'naive') {
    // The naive server gets its best pool for each: a start for the hot key (and the latency at half its rate), one for 100 keys.
    const hot = loadScenarios.filter((s) => s !== 'spread');
    if (naivePool.hot === naivePool.spread) blocks.push({ system, scenarios: loadScenarios, start: () => startNaive(infra, { poolMax: naivePool.hot, verbose }) });
    else {
      if (hot.length > 0) blocks.push({ system, scenarios: hot, start: () => startNaive(infra, { poolMax: naivePool.hot, verbose }) });
      if (loadScenarios.includes('spread')) blocks.push({ system, scenarios: ['spread'], start: () => startNaive(infra, { poolMax: naivePool.spread, verbose }) });
    }
  }
  // The floor has no counters: only the hot key says what the transport costs, at the most callers (its best).
  if (system === 'grpc-floor' && loadScenarios.includes('hot')) blocks.push({ system, scenarios: ['hot'], start: () => startFloor({ verbose }) });
}

for (const { system, scenarios: mine, start } of blocks.filter((b) => b.scenarios.length > 0)) {
  await waitForQuiet(QUIET_WAIT_MS, 0.25, say);
  say(`${mine.join(', ')} × ${system} …`);
  let target: QuotaTarget | undefined;
  try {
    target = await start();
    settings[system] = settings[system] === undefined ? target.settings : `${settings[system]} — then, for ${mine.join(', ')}: ${target.settings.replace(/;.*/, '')}`;
    serverNames[system] = Object.keys(target.processes);
    const callers = system === 'grpc-floor' ? [Math.max(...params.callers)] : params.callers;
    runs.push(...(await runLoadScenarios(infra, target, mine, params, say, profileWindow, callers)));
  } catch (err) {
    failures.push(`${system}: ${(err as Error).stack ?? String(err)}`);
    say(`${system} FAILED: ${(err as Error).message}`);
  } finally {
    await target?.teardown();
  }
}

let overGrant: OverGrantRun | undefined;
if (scenarios.includes('overgrant') && systems.includes('sluice')) {
  await waitForQuiet(QUIET_WAIT_MS, 0.25, say);
  say(`overgrant × sluice (2 replicas, ${params.overGrantCallers} callers, ${params.overGrantMs / 1000} s) …`);
  try {
    overGrant = await runOverGrant(infra, params, verbose, say);
  } catch (err) {
    failures.push(`overgrant: ${(err as Error).stack ?? String(err)}`);
    say(`overgrant FAILED: ${(err as Error).message}`);
  }
}

let upstream: UpstreamRun | undefined;
if (scenarios.includes('upstream') && systems.includes('sluice')) {
  await waitForQuiet(QUIET_WAIT_MS, 0.25, say);
  say(`upstream × sluice (${params.upstreamCallers} callers, ${params.upstreamMs / 1000} s) …`);
  try {
    upstream = await runUpstream(infra, params, verbose, say);
  } catch (err) {
    failures.push(`upstream: ${(err as Error).stack ?? String(err)}`);
    say(`upstream FAILED: ${(err as Error).message}`);
  }
}

const commit = process.env.BENCH_COMMIT ?? gitCommit();
const out = [
  `## Quota grants: Sluice's quota service vs a row lock per request (${values.quick ? 'quick run: figures are indicative only' : 'full run'})`,
  '',
  `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machine}, Sluice at ${commit}. Closed loops: ${params.warmupMs / 1000} s warm-up, ${params.measureMs / 1000} s measured, callers ${params.callers.join(' and ')} (the best shown). † = another workload used more than 0.15 cores in the window.`,
  '',
  headlineTable(runs, overGrant, upstream),
  '',
  '### Every window',
  '',
  windowsTable(runs, serverNames),
  '',
  '### PostgreSQL and ticks per window',
  '',
  databaseTable(runs),
  '',
  ...(runs.some((r) => r.cpuProfile !== undefined) ? ['### Where the quota service spent its CPU (profiled window)', '', profileTable(runs), ''] : []),
  ...(overGrant === undefined ? [] : ['### Over-grant audit (units granted per 1 s fixed window, from the database)', '', overGrantTable(overGrant), '']),
  ...(upstream === undefined ? [] : ['### Saturated upstream', '', upstreamLine(upstream), '']),
  '### Settings',
  '',
  ...Object.entries(settings).map(([s, line]) => `- **${s}**: ${line}.`),
  ...(overGrant !== undefined || upstream !== undefined ? [`- **overgrant / upstream**: ${startedSettings()}.`] : []),
  '',
];
process.stdout.write(`${out.join('\n')}\n`);
for (const f of failures) process.stdout.write(`\nfailed: ${f}\n`);

const dir = join(BENCH_DIR, 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `${started.toISOString().replace(/[:.]/g, '-')}-quota${values.quick ? '-quick' : ''}.json`);
writeFileSync(file, `${JSON.stringify({ started: started.toISOString(), machine, commit, quick: values.quick, params, naivePool, settings, runs, overGrant, upstream, failures }, null, 2)}\n`);
say(`wrote ${file}`);
process.exit(failures.length > 0 ? 1 : 0);

function startedSettings(): string {
  return `the quota service as above (2 replicas on one database for overgrant, 1 for upstream), ${params.overGrantCallers} callers on a GLOBAL FIXED ${params.overGrantLimit}/s limit; ${params.upstreamCallers} callers on a GLOBAL ROLLING ${params.upstreamLimit}/s limit in front of a fake upstream with a ${params.upstreamLimit}/s token bucket`;
}

/** The commit the Sluice code under test is at, `+dirty` when services/ or libs/ have changes (as run.ts says it). */
function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', cwd: REPO_ROOT }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'services', 'libs'], { encoding: 'utf8', cwd: REPO_ROOT }).trim() !== '';
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown commit';
  }
}
