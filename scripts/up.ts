/**
 * `npm run up`: the whole platform on this machine, in one terminal, with readable logs.
 * scripts/up.sh runs first: it finds or starts PostgreSQL and NATS and exports DATABASE_URL and
 * NATS_URL (scripts/infra.sh), then execs this.
 *
 * ```sh
 * npm run up                          # workflow, quota, storage, monitoring; then gateway; then the demo worker
 * SLUICE_HTTP_PORT=9090 npm run up    # ports: SLUICE_HTTP_PORT, SLUICE_<SERVICE>_GRPC_PORT, SLUICE_<SERVICE>_OPS_PORT
 * node scripts/up.ts --root DIR       # the same layout elsewhere (scripts/test-infra.sh up runs it on fakes)
 * ```
 * SLUICE_UP_READY_TIMEOUT (seconds, default 60) bounds each start; SLUICE_UP_GRACE (default 15)
 * bounds the stop before SIGKILL.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFormatter } from './lib/log-format.ts';
import { planPlatform, PlanError, type Platform } from './lib/platform.ts';
import { Supervisor, type Child } from './lib/supervisor.ts';
import { generateApiKey } from '../services/gateway/src/store/key-material.ts';

const UP = 'up';
// The worker has no ops port: staying up this long counts as started.
const WORKER_SETTLE_MS = 1500;
// npm forwards the terminal's SIGINT to its child, so one Ctrl-C under `npm run up` arrives
// twice; only a signal later than this is a second Ctrl-C.
const SAME_KEYPRESS_MS = 1000;

const root = resolve(argValue('--root') ?? fileURLToPath(new URL('..', import.meta.url)));
const readyTimeoutMs = seconds('SLUICE_UP_READY_TIMEOUT', 60) * 1000;
const graceMs = seconds('SLUICE_UP_GRACE', 15) * 1000;
const color = process.env.FORCE_COLOR !== undefined ? process.env.FORCE_COLOR !== '0' : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

let platform: Platform;
try {
  platform = planPlatform(root, process.env);
} catch (err) {
  if (!(err instanceof PlanError)) throw err;
  process.stderr.write(`sluice: ${err.message}\n`);
  process.exit(2);
}
const specs = platform.stages.flat();
const missing = specs.filter((s) => !existsSync(join(s.cwd, s.entry))).map((s) => relative(root, join(s.cwd, s.entry)));
if (missing.length > 0) {
  process.stderr.write(`sluice: cannot start the platform, missing: ${missing.join(', ')}\n`);
  process.exit(1);
}
mkdirSync(dirname(platform.apiKeyFile), { recursive: true });
// This checkout's own key: the gateway registers a kept key file at start (hashed), so a
// database that already holds other checkouts' keys still gets one this user can read.
if (!process.env.SLUICE_BOOTSTRAP_API_KEY && !existsSync(platform.apiKeyFile)) {
  writeFileSync(platform.apiKeyFile, `${generateApiKey()}\n`, { mode: 0o600 });
}

const format = createFormatter({ names: [UP, ...specs.map((s) => s.name)], color });
const print = (name: string, line: string) => process.stdout.write(`${format(name, line)}\n`);
const say = (msg: string, level = 'info') => print(UP, JSON.stringify({ level, time: Date.now(), msg }));

let stopping: Promise<never> | undefined;
const supervisor = new Supervisor({
  print,
  onExit(child) {
    if (stopping !== undefined) {
      say(`${child.spec.name} stopped (${how(child)})`);
      return;
    }
    say(`${child.spec.name} exited (${how(child)}); stopping everything`, 'error');
    printTail(child);
    void stop(1);
  },
});

/** Stops every child (reverse start order) and exits; repeated calls return the first promise. */
function stop(code: number): Promise<never> {
  stopping ??= (async () => {
    await supervisor.stopAll(platform.stopOrder, graceMs);
    process.exit(code);
  })();
  return stopping;
}

let firstSignalAt = 0;
function onSignal(signal: NodeJS.Signals): void {
  if (firstSignalAt === 0) {
    firstSignalAt = Date.now();
    say(`${signal}: stopping (press Ctrl-C again to kill at once)`);
    void stop(0);
    return;
  }
  if (Date.now() - firstSignalAt < SAME_KEYPRESS_MS) return;
  say(`${signal} again: killing everything`, 'warn');
  supervisor.killAll();
  process.exit(130);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
// Last line of defence against orphans: whatever way this process ends, its children's groups go too.
process.on('exit', () => supervisor.killAll());
process.on('uncaughtException', (err) => {
  say(`up failed: ${err.stack ?? err.message}`, 'fatal');
  void stop(1);
});

for (const stage of platform.stages) {
  if (stopping !== undefined) break;
  say(`starting ${stage.map((s) => s.name).join(', ')}`);
  const children = stage.map((spec) => supervisor.start(spec));
  const results = await Promise.all(
    children.map((c) => (c.spec.readyUrl === undefined ? supervisor.waitStarted(c, WORKER_SETTLE_MS) : supervisor.waitReady(c, c.spec.readyUrl, readyTimeoutMs))),
  );
  if (stopping !== undefined) break;
  const late = children.filter((_, i) => results[i] === 'timeout');
  for (const child of late) {
    say(`${child.spec.name} was not ready within ${readyTimeoutMs / 1000} s (${child.spec.readyUrl ?? ''}); stopping everything`, 'error');
    printTail(child);
  }
  if (late.length > 0) void stop(1);
}
if (stopping !== undefined) await stopping;
printBanner();

function printBanner(): void {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const key = apiKey();
  const pad = (s: string) => s.padEnd(12);
  const lines = [
    '',
    bold('Sluice is up.'),
    `  ${pad('gateway')}${platform.gatewayUrl}   API docs ${platform.gatewayUrl}/docs`,
    ...platform.services.map((s) => `  ${pad(s.name)}gRPC ${s.grpc.padEnd(17)} ops ${s.ops}`),
    `  ${pad('PostgreSQL')}${redact(process.env.DATABASE_URL ?? '')}`,
    `  ${pad('NATS')}${process.env.NATS_URL ?? ''}`,
    `  ${pad('API key')}${key ?? `(not found: the gateway writes it to ${platform.apiKeyFile}; see its log)`}`,
    '',
    '  Try it:',
    `    KEY=${key ?? '<your API key>'}`,
    `    curl -s -X POST ${platform.gatewayUrl}/api/v1/workflows -H "Authorization: Bearer $KEY" -H 'content-type: application/json' -d '{"type":"demo","input":{"name":"Ada"}}'`,
    '',
    '  Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function apiKey(): string | undefined {
  const fromEnv = process.env.SLUICE_BOOTSTRAP_API_KEY;
  if (fromEnv) return fromEnv;
  try {
    return (
      readFileSync(platform.apiKeyFile, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '') ?? undefined
    );
  } catch {
    return undefined;
  }
}

/** postgresql://user:secret@host/db -> postgresql://user:***@host/db */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
}

function printTail(child: Child): void {
  if (child.tail.length === 0) return;
  say(`last ${child.tail.length} lines of ${child.spec.name}:`);
  for (const line of child.tail) print(child.spec.name, line);
}

function how(child: Child): string {
  const exit = child.exit;
  if (exit === undefined) return 'running';
  return exit.code !== null ? `code ${exit.code}` : `signal ${exit.signal ?? '?'}`;
}

function argValue(flag: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(flag);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

function seconds(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    process.stderr.write(`sluice: ${name}=${raw ?? ''} is not a number of seconds\n`);
    process.exit(2);
  }
  return value;
}
