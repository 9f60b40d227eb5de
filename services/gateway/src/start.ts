import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadContracts } from '@sluice/contracts';
import { createClient } from '@sluice/grpc';
import { bootService, runChecks, serveService, type ServiceRuntime } from '@sluice/service-kit';
import type { Config } from './config.ts';
import { createApp } from './http/app.ts';
import { workflowApi } from './rpc/workflow-api.ts';
import { queryApi } from './rpc/query-api.ts';
import { controlApi } from './rpc/control-api.ts';
import { quotaApi } from './rpc/quota-api.ts';
import { provisionBootstrapKey } from './bootstrap-key.ts';
import { findKeyPrincipal } from './store/api-keys.ts';
import { ENTITIES } from './store/entities.ts';
import { MIGRATIONS } from './store/migrations.ts';

export interface GatewayService {
  readonly runtime: ServiceRuntime;
  readonly httpPort: number;
  readonly grpcPort: number;
  shutdown(): Promise<void>;
}

const VERSION = '0.1.0';

/** The composition root of the gateway: REST on one port, grpc.health.v1 on another. */
export async function startGateway(config: Readonly<Config>): Promise<GatewayService> {
  const rt = await bootService({ name: 'gateway', config, entities: ENTITIES, migrations: MIGRATIONS });
  try {
    await provisionBootstrapKey(rt.orm.em.fork(), { envKey: config.SLUICE_BOOTSTRAP_API_KEY, keyFile: config.SLUICE_API_KEY_FILE, log: rt.log });
    const workflows = createClient(loadContracts().services.workflow, config.SLUICE_WORKFLOW_ADDR, { deadlineMs: config.SLUICE_RPC_DEADLINE });
    rt.releasers.add('workflow client', () => workflows.close());
    const quota = createClient(loadContracts().services.quota, config.SLUICE_QUOTA_ADDR, { deadlineMs: config.SLUICE_RPC_DEADLINE });
    rt.releasers.add('quota client', () => quota.close());

    let accepting = true;
    const app = createApp({
      log: rt.log,
      resolveKey: (key) => findKeyPrincipal(rt.orm.em.fork(), key),
      workflows: workflowApi(workflows),
      queries: queryApi(workflows),
      control: controlApi(workflows),
      quota: quotaApi(quota),
      bodyLimitBytes: config.SLUICE_BODY_LIMIT,
      registry: rt.registry,
      version: VERSION,
      ready: async () => ({ ...(await runChecks(rt.checks, rt.log)), ...(accepting ? {} : { shutdown: 'shutting down' }) }),
    });
    const server: Server = createServer(app.callback());
    const httpPort = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.SLUICE_HTTP_PORT, config.SLUICE_HOST, () => resolve((server.address() as AddressInfo).port));
    });
    rt.releasers.add('http', () => new Promise<void>((resolve) => {
      // In-flight requests finish; idle keep-alive sockets are closed so close() can return.
      server.close(() => resolve());
      server.closeIdleConnections();
    }));
    const { grpcPort } = await serveService(rt, {
      host: config.SLUICE_HOST,
      grpcPort: config.SLUICE_GRPC_PORT,
      opsPort: null,
      shutdownGraceMs: config.SLUICE_SHUTDOWN_GRACE,
      grpcServices: [],
    });
    rt.releasers.add('stop accepting', () => {
      accepting = false;
    });
    rt.log.info({ http_port: httpPort }, 'gateway listening');
    return { runtime: rt, httpPort, grpcPort, shutdown: () => rt.releasers.release() };
  } catch (err) {
    await rt.releasers.release();
    throw err;
  }
}
