import { join } from 'node:path';
import { loadContracts, type QuotaServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { createDatabase, freePort, randomId, removeStreams, waitHttpOk, type Infra } from '../infra.ts';
import { REPO_ROOT } from '../paths.ts';
import { ServiceProcess } from '../service-process.ts';
import { once } from '../systems/system.ts';
import { limitMessage, type BenchLimit } from './limits.ts';
import { parseHistograms, sumHistograms, type Histogram } from './prom.ts';
import type { QuotaTarget } from './target.ts';

/**
 * The quota service's settings the bench may change, from the driver's environment as
 * BENCH_SLUICE_QUOTA_BATCH_MAX etc.; else the best of those tried on this machine
 * (bench/README.md, "Quota grants"): smaller ticks, more of them at once, than the service's
 * defaults (256 and 2), which make every caller wait for one big tick in turn.
 */
export const TUNABLES = ['SLUICE_QUOTA_BATCH_MAX', 'SLUICE_QUOTA_TICKS_IN_FLIGHT', 'SLUICE_DB_POOL_MAX'] as const;
const BEST: Partial<Record<(typeof TUNABLES)[number], string>> = { SLUICE_QUOTA_BATCH_MAX: '128', SLUICE_QUOTA_TICKS_IN_FLIGHT: '4' };

export function tunedEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of TUNABLES) {
    const v = env[`BENCH_${name}`] ?? BEST[name];
    if (v !== undefined && v !== '') out[name] = v;
  }
  return out;
}

/**
 * Where the quota service is run from: services/quota, or BENCH_QUOTA_DIR (a copy of it at
 * another commit, e.g. from `git archive`, with its node_modules linked to the tree's) to
 * measure committed code while services/quota is being edited.
 */
const SERVICE_DIR = process.env.BENCH_QUOTA_DIR ?? join(REPO_ROOT, 'services', 'quota');

/**
 * The quota service as deployed: `node --import @sluice/telemetry/register src/main.ts` per
 * replica (no OTLP exporter: span ids only), on a fresh database and subject prefix. Replicas
 * start one after another, so that only the first runs the migrations.
 */
export async function startSluice(infra: Infra, options: { replicas: number; verbose: boolean; cpuProfileDir?: string; batched?: boolean }): Promise<QuotaTarget> {
  const db = await createDatabase(infra, 'quota');
  const prefix = `bench_${randomId(3)}`;
  const tuned = tunedEnv();
  const services: ServiceProcess[] = [];
  const opsPorts: number[] = [];
  const addresses: string[] = [];
  const profiles: Record<string, string> = {};
  let admin: GrpcClient<QuotaServiceClient> | undefined;
  const stop = once(async () => {
    admin?.close();
    await Promise.all(services.map((s) => s.stop()));
  });
  const teardown = once(async () => {
    await stop();
    await removeStreams(infra, prefix).catch(() => undefined);
    await db.drop();
  });
  try {
    for (let i = 0; i < options.replicas; i++) {
      const grpcPort = await freePort();
      const opsPort = await freePort();
      const name = options.replicas === 1 ? 'quota service' : `quota service ${i + 1}`;
      if (options.cpuProfileDir !== undefined) profiles[name] = join(options.cpuProfileDir, `${name.replace(/\W/g, '-')}.cpuprofile`);
      const service = new ServiceProcess(name, ['--import', '@sluice/telemetry/register', 'src/main.ts'], {
        cwd: SERVICE_DIR,
        verbose: options.verbose,
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          NATS_URL: infra.natsUrl,
          SLUICE_SUBJECT_PREFIX: prefix,
          SLUICE_HOST: '127.0.0.1',
          SLUICE_GRPC_PORT: String(grpcPort),
          SLUICE_OPS_PORT: String(opsPort),
          SLUICE_SERVICE_NAME: 'quota',
          LOG_LEVEL: 'silent',
          ...(profiles[name] === undefined ? {} : { BENCH_CPU_PROFILE_FILE: profiles[name] }),
          ...tuned,
        },
      });
      services.push(service);
      await waitHttpOk(`http://127.0.0.1:${opsPort}/readyz`, 60_000, () => service.alive).catch((err: unknown) => {
        throw new Error(`${(err as Error).message}\n${service.tail}`);
      });
      opsPorts.push(opsPort);
      addresses.push(`127.0.0.1:${grpcPort}`);
    }
    admin = createClient(loadContracts().services.quota, addresses[0]!, { deadlineMs: 30_000 });
  } catch (err) {
    await teardown();
    throw err;
  }
  const settings = Object.entries(tuned).map(([k, v]) => `${k}=${v}`);
  return {
    name: options.batched === true ? 'sluice-batched' : 'sluice',
    ...(options.batched === true ? { batched: true } : {}),
    settings: `quota service (node --import @sluice/telemetry/register src/main.ts, LOG_LEVEL=silent), ${options.replicas} replica${options.replicas === 1 ? '' : 's'}${settings.length === 0 ? ' with its defaults' : `, ${settings.join(', ')}`} (service defaults: SLUICE_QUOTA_BATCH_MAX=256, SLUICE_QUOTA_TICKS_IN_FLIGHT=2, SLUICE_DB_POOL_MAX=10)`,
    addresses,
    processes: Object.fromEntries(services.map((s) => [s.name, s.pid])),
    database: db.name,
    ...(options.cpuProfileDir === undefined ? {} : { profiles }),
    async define(limit: BenchLimit) {
      await admin!.call('PutResource', { resource: { name: limit.resource, description: 'bench' } });
      await admin!.call('DefineLimit', { limit: limitMessage(limit) });
    },
    async histograms() {
      const pages = await Promise.all(opsPorts.map(async (port) => parseHistograms(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text())));
      const out = new Map<string, Histogram>();
      for (const key of pages[0]!.keys()) {
        const sum = sumHistograms(pages.map((p) => p.get(key)).filter((h): h is Histogram => h !== undefined));
        if (sum !== undefined) out.set(key, sum);
      }
      return out;
    },
    async stop() {
      await stop();
      return Object.fromEntries(services.map((s) => [s.name, s.loopFile]));
    },
    teardown,
  };
}
