import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContracts, type QuotaServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { randomId } from '@sluice/testing';
import { startGateway, type GatewayService } from '@sluice/gateway/start';
import { readConfig } from '@sluice/gateway/config';
import { createTenant, type Scope } from '@sluice/gateway/store';
import { startQuotaService, type QuotaService } from '@sluice/quota/start';
import { readConfig as quotaConfig } from '@sluice/quota/config';
import { WorkflowFixture } from './workflow-fixture.ts';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface GatewayFixtureOptions {
  /** Also start a quota service in this process and point the gateway at it (SLUICE_QUOTA_ADDR). */
  readonly quota?: boolean;
  /** Gateway variables to override, e.g. SLUICE_QUOTA_ADDR of a service that is not there. */
  readonly gatewayEnv?: Record<string, string>;
}

/** The gateway in this process in front of a WorkflowFixture (and a quota service on request); tenants and keys on demand. */
export class GatewayFixture {
  readonly workflows: WorkflowFixture;
  readonly gateway: GatewayService;
  /** Only with `{ quota: true }`. */
  readonly quota: QuotaService | null;
  /** A client of that quota service, for what only workers do (grants). */
  readonly quotaClient: GrpcClient<QuotaServiceClient> | null;
  readonly base: string;
  readonly #keyDir: string;

  private constructor(workflows: WorkflowFixture, gateway: GatewayService, quota: QuotaService | null, keyDir: string) {
    this.workflows = workflows;
    this.gateway = gateway;
    this.quota = quota;
    this.quotaClient = quota === null ? null : createClient(loadContracts().services.quota, `127.0.0.1:${quota.grpcPort}`);
    this.base = `http://127.0.0.1:${gateway.httpPort}`;
    this.#keyDir = keyDir;
  }

  static async start(options: GatewayFixtureOptions = {}): Promise<GatewayFixture> {
    const workflows = await WorkflowFixture.start();
    const { env } = workflows;
    const common = { DATABASE_URL: env.databaseUrl, NATS_URL: env.natsUrl, SLUICE_SUBJECT_PREFIX: env.prefix, LOG_LEVEL: 'silent', SLUICE_HOST: '127.0.0.1' };
    const quota = options.quota === true ? await startQuotaService(quotaConfig({ ...common, SLUICE_GRPC_PORT: '0', SLUICE_OPS_PORT: '0' })) : null;
    const keyDir = await mkdtemp(join(tmpdir(), 'sluice-gw-'));
    const gateway = await startGateway(
      readConfig({
        ...common,
        SLUICE_HTTP_PORT: '0',
        SLUICE_GRPC_PORT: '0',
        SLUICE_WORKFLOW_ADDR: workflows.address,
        ...(quota === null ? {} : { SLUICE_QUOTA_ADDR: `127.0.0.1:${quota.grpcPort}` }),
        SLUICE_API_KEY_FILE: join(keyDir, 'api-key'),
        ...options.gatewayEnv,
      }),
    );
    return new GatewayFixture(workflows, gateway, quota, keyDir);
  }

  /** A new tenant's API key: each test sees only its own workflows. Give `scopes` for a key that is not an admin. */
  async tenant(scopes?: readonly Scope[]): Promise<{ key: string; tenantId: string }> {
    const { apiKey, tenantId } = await createTenant(this.gateway.runtime.orm.em.fork(), `t-${randomId(4)}`, scopes);
    return { key: apiKey, tenantId };
  }

  async request(key: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Json };
  }

  async stop(): Promise<void> {
    await this.gateway.shutdown();
    this.quotaClient?.close();
    await this.quota?.shutdown();
    await this.workflows.stop();
    await rm(this.#keyDir, { recursive: true, force: true });
  }
}
