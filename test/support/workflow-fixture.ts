import pg from 'pg';
import { loadContracts, type WorkflowServiceClient, type Workflow__Output } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { createLogger } from '@sluice/logging';
import { suiteEnv, type SuiteEnv } from '@sluice/testing';
import { Worker, type WorkflowDefinition } from '@sluice/worker';
import { startWorkflowService, type WorkflowService } from '@sluice/workflow/start';
import { readConfig, type Config } from '@sluice/workflow/config';
import { serviceEnv } from './service-env.ts';

/** A workflow service's configuration on this suite's database and subjects, on free ports, silent. */
export function workflowServiceConfig(env: SuiteEnv, overrides: Record<string, string> = {}): Readonly<Config> {
  return readConfig(serviceEnv(env, overrides));
}

/** A workflow service in this process (fast scheduler and reaper), a client, a database handle, and workers on demand. */
export class WorkflowFixture {
  readonly env: SuiteEnv;
  service: WorkflowService;
  readonly #config: Readonly<Config>;
  readonly client: GrpcClient<WorkflowServiceClient>;
  readonly db: pg.Client;
  readonly #workers: Worker[] = [];

  private constructor(env: SuiteEnv, config: Readonly<Config>, service: WorkflowService, db: pg.Client) {
    this.env = env;
    this.#config = config;
    this.service = service;
    this.client = createClient(loadContracts().services.workflow, this.address);
    this.db = db;
  }

  static async start(overrides: Record<string, string> = {}): Promise<WorkflowFixture> {
    const env = suiteEnv();
    const config = workflowServiceConfig(env, { SLUICE_WORKFLOW_SCHEDULER_INTERVAL: '50ms', SLUICE_WORKFLOW_REAPER_INTERVAL: '200ms', ...overrides });
    const service = await startWorkflowService(config);
    const db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
    return new WorkflowFixture(env, config, service, db);
  }

  /** Stops the workflow service and starts it again with the same configuration (give SLUICE_GRPC_PORT to keep the address). */
  async restart(): Promise<void> {
    await this.service.shutdown();
    this.service = await startWorkflowService(this.#config);
  }

  get address(): string {
    return `127.0.0.1:${this.service.grpcPort}`;
  }

  async worker(workflows: WorkflowDefinition[], options: { leaseTtlMs?: number; heartbeatIntervalMs?: number; shutdownGraceMs?: number; workerId?: string; concurrency?: number; waitingClaims?: number } = {}): Promise<Worker> {
    const worker = new Worker({
      workflowAddress: this.address,
      natsUrl: this.env.natsUrl,
      prefix: this.env.prefix,
      workflows,
      log: createLogger({ service: 'test-worker', level: 'silent' }),
      ...options,
    });
    await worker.start();
    this.#workers.push(worker);
    return worker;
  }

  create(tenantId: string, type: string, input: unknown = {}): Promise<Workflow__Output> {
    return this.client.call('CreateWorkflow', { tenant_id: tenantId, type, input_json: JSON.stringify(input) });
  }

  /** Polls until the workflow is in one of `states` (or the deadline passes). */
  async until(tenantId: string, id: string, states: string[], timeoutMs = 15_000): Promise<Workflow__Output> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const wf = await this.client.call('GetWorkflow', { tenant_id: tenantId, id });
      if (states.includes(wf.state)) return wf;
      if (Date.now() > deadline) throw new Error(`workflow ${id} is ${wf.state}, not ${states.join('/')}, after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async history(id: string): Promise<Array<{ from_state: string | null; to_state: string; reason: string; actor: string; at: Date }>> {
    return (await this.db.query('select from_state, to_state, reason, actor, at from workflow.workflow_transitions where workflow_id = $1 order by id', [id])).rows;
  }

  async stop(): Promise<void> {
    for (const w of this.#workers) await w.shutdown();
    this.client.close();
    await this.db.end();
    await this.service.shutdown();
  }
}
