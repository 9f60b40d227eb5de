import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomId } from '@sluice/testing';
import { startGateway, type GatewayService } from '@sluice/gateway/start';
import { readConfig } from '@sluice/gateway/config';
import { createTenant } from '@sluice/gateway/store';
import { WorkflowFixture } from './workflow-fixture.ts';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The gateway in this process in front of a WorkflowFixture; tenants and keys on demand. */
export class GatewayFixture {
  readonly workflows: WorkflowFixture;
  readonly gateway: GatewayService;
  readonly base: string;
  readonly #keyDir: string;

  private constructor(workflows: WorkflowFixture, gateway: GatewayService, keyDir: string) {
    this.workflows = workflows;
    this.gateway = gateway;
    this.base = `http://127.0.0.1:${gateway.httpPort}`;
    this.#keyDir = keyDir;
  }

  static async start(): Promise<GatewayFixture> {
    const workflows = await WorkflowFixture.start();
    const keyDir = await mkdtemp(join(tmpdir(), 'sluice-gw-'));
    const gateway = await startGateway(
      readConfig({
        DATABASE_URL: workflows.env.databaseUrl,
        NATS_URL: workflows.env.natsUrl,
        SLUICE_SUBJECT_PREFIX: workflows.env.prefix,
        LOG_LEVEL: 'silent',
        SLUICE_HOST: '127.0.0.1',
        SLUICE_HTTP_PORT: '0',
        SLUICE_GRPC_PORT: '0',
        SLUICE_WORKFLOW_ADDR: workflows.address,
        SLUICE_API_KEY_FILE: join(keyDir, 'api-key'),
      }),
    );
    return new GatewayFixture(workflows, gateway, keyDir);
  }

  /** A new tenant's API key: each test sees only its own workflows. */
  async tenant(): Promise<{ key: string; tenantId: string }> {
    const { apiKey, tenantId } = await createTenant(this.gateway.runtime.orm.em.fork(), `t-${randomId(4)}`);
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
    await this.workflows.stop();
    await rm(this.#keyDir, { recursive: true, force: true });
  }
}
