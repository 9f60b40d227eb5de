import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planPlatform, type Platform } from '../../scripts/lib/platform.ts';
import { Supervisor } from '../../scripts/lib/supervisor.ts';
import { freePort } from './free-port.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface RunningPlatform {
  readonly platform: Platform;
  readonly apiKey: string;
  /** Every line every process printed, as [name, line]. */
  readonly lines: Array<[string, string]>;
  /** The gateway's gRPC address (grpc.health.v1 only). */
  readonly gatewayGrpc: string;
  stop(): Promise<void>;
}

/**
 * The whole platform as `npm run up` starts it (same plan, same supervisor), but on free ports,
 * against the run's own database and subject prefix, with extra environment (e.g. OTLP export).
 */
export async function startPlatform(options: { databaseUrl: string; natsUrl: string; prefix: string; env?: Record<string, string> }): Promise<RunningPlatform> {
  const apiKey = `sk_test_${options.prefix}_0123456789`;
  const dir = await mkdtemp(join(tmpdir(), 'sluice-e2e-'));
  // Set on every child on top of what the plan sets.
  const extra: Record<string, string> = {
    ...options.env,
    SLUICE_BOOTSTRAP_API_KEY: apiKey,
    SLUICE_STORAGE_DIR: join(dir, 'artifacts'),
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extra,
    DATABASE_URL: options.databaseUrl,
    NATS_URL: options.natsUrl,
    SLUICE_SUBJECT_PREFIX: options.prefix,
    SLUICE_API_KEY_FILE: join(dir, 'api-key'),
    LOG_LEVEL: 'info',
    SLUICE_HTTP_PORT: String(await freePort()),
    SLUICE_WORKER_HEALTH_PORT: String(await freePort()),
  };
  for (const name of ['WORKFLOW', 'QUOTA', 'STORAGE', 'MONITORING']) {
    env[`SLUICE_${name}_GRPC_PORT`] = String(await freePort());
    env[`SLUICE_${name}_OPS_PORT`] = String(await freePort());
  }
  const platform = planPlatform(ROOT, env);
  const lines: Array<[string, string]> = [];
  const supervisor = new Supervisor({ print: (name, line) => lines.push([name, line]), onExit: () => undefined });
  // The gateway's own gRPC (health) port is not in the plan's table; give it a free one too.
  const gatewayGrpcPort = String(await freePort());
  const stop = async () => {
    await supervisor.stopAll(platform.stopOrder, 15_000);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    for (const stage of platform.stages) {
      const started = stage.map((spec) => {
        const patched = spec.name === 'gateway' ? { ...spec, env: { ...spec.env, SLUICE_GRPC_PORT: gatewayGrpcPort } } : spec;
        const child = supervisor.start({ ...patched, env: { ...extra, ...patched.env } });
        return child;
      });
      const results = await Promise.all(
        started.map((child) => (child.spec.readyUrl === undefined ? supervisor.waitStarted(child, 1500) : supervisor.waitReady(child, child.spec.readyUrl, 60_000))),
      );
      const failed = started.filter((_, i) => results[i] !== 'ready');
      if (failed.length > 0) {
        const tails = failed.map((c) => `${c.spec.name}:\n${c.tail.join('\n')}`).join('\n');
        throw new Error(`platform did not start: ${failed.map((c) => c.spec.name).join(', ')}\n${tails}`);
      }
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { platform, apiKey, lines, stop, gatewayGrpc: `127.0.0.1:${gatewayGrpcPort}` };
}
