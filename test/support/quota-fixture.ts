import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { loadContracts, type Limit, type QuotaServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { createLogger } from '@sluice/logging';
import { checkHealth, randomId, type SuiteEnv } from '@sluice/testing';
import { Worker, type WorkerOptions, type WorkflowDefinition } from '@sluice/worker';
import { startQuotaService, type QuotaService } from '@sluice/quota/start';
import { readConfig, type Config } from '@sluice/quota/config';
import { ROOT } from './platform-harness.ts';
import { serviceEnv } from './service-env.ts';
import type { WorkflowFixture } from './workflow-fixture.ts';

export function quotaServiceConfig(env: SuiteEnv, overrides: Record<string, string> = {}): Readonly<Config> {
  return readConfig(serviceEnv(env, overrides));
}

/** A limit with the fields a test rarely changes filled in: requests per FIXED window, per tenant. */
export function limit(resource: string, fields: Partial<Limit> = {}): Limit {
  return { resource, name: 'rpw', unit: 'QUOTA_UNIT_REQUESTS', scope: 'QUOTA_SCOPE_TENANT', amount: 1, window: 'QUOTA_WINDOW_FIXED', window_ms: 3_000, ...fields };
}

/** A fresh resource name, created with these limits. */
export async function defineResource(client: GrpcClient<QuotaServiceClient>, limits: Array<Partial<Limit>>, name = `test/${randomId(4)}`): Promise<string> {
  await client.call('PutResource', { resource: { name, description: 'a test upstream' } });
  for (const [i, l] of limits.entries()) await client.call('DefineLimit', { limit: limit(name, { name: `limit-${i}`, ...l }) });
  return name;
}

/** Sleeps until `offsetMs` into the next window of `windowMs` from the epoch (FIXED windows reset there). */
export async function nextWindow(windowMs: number, offsetMs = 50): Promise<number> {
  const start = Math.ceil(Date.now() / windowMs) * windowMs;
  await new Promise((r) => setTimeout(r, start + offsetMs - Date.now()));
  return start;
}

/** A quota service in this process and a client to it. */
export class QuotaFixture {
  readonly service: QuotaService;
  readonly client: GrpcClient<QuotaServiceClient>;

  private constructor(service: QuotaService) {
    this.service = service;
    this.client = createClient(loadContracts().services.quota, this.address);
  }

  static async start(env: SuiteEnv, overrides: Record<string, string> = {}): Promise<QuotaFixture> {
    return new QuotaFixture(await startQuotaService(quotaServiceConfig(env, overrides)));
  }

  get address(): string {
    return `127.0.0.1:${this.service.grpcPort}`;
  }

  async stop(): Promise<void> {
    this.client.close();
    await this.service.shutdown();
  }
}

/**
 * The quota service's real entry point (services/quota/src/main.ts) in a child process on
 * `port`, for tests that kill or freeze it; resolves once it answers health checks.
 */
export async function quotaProcess(env: SuiteEnv, port: number, timeoutMs = 20_000): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: join(ROOT, 'services/quota'),
    env: { ...process.env, ...serviceEnv(env, { SLUICE_GRPC_PORT: String(port), LOG_LEVEL: 'error' }) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the quota service exited with ${child.exitCode} while starting`);
    const status = await checkHealth(`127.0.0.1:${port}`, '').catch(() => '');
    if (status === 'SERVING') return child;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the quota service on port ${port} did not answer within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Workers against a WorkflowFixture's service that also talk to a quota service; stopped together. */
export class QuotaWorkers {
  readonly #fx: WorkflowFixture;
  readonly #workers: Worker[] = [];

  constructor(fx: WorkflowFixture) {
    this.#fx = fx;
  }

  async start(workflows: WorkflowDefinition[], options: Partial<WorkerOptions> & { quotaAddress: string }): Promise<Worker> {
    const worker = new Worker({
      workflowAddress: this.#fx.address,
      natsUrl: this.#fx.env.natsUrl,
      prefix: this.#fx.env.prefix,
      workflows,
      log: createLogger({ service: 'test-worker', level: 'silent' }),
      ...options,
    });
    await worker.start();
    this.#workers.push(worker);
    return worker;
  }

  async stop(): Promise<void> {
    await Promise.all(this.#workers.splice(0).map((w) => w.shutdown()));
  }
}
