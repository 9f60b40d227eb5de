/**
 * What `npm run up` starts, in which order, with which environment: a pure function of the
 * repository root and the environment, so the port defaults live in one table.
 *
 * ```ts
 * const platform = planPlatform('/repo', process.env);
 * for (const stage of platform.stages) for (const spec of stage) spawn(spec); // then wait for spec.readyUrl
 * ```
 */
import { join } from 'node:path';

export interface ProcessSpec {
  /** The log prefix and SLUICE_SERVICE_NAME. */
  readonly name: string;
  /** The package directory: the child runs there so its own node_modules resolve. */
  readonly cwd: string;
  /** Relative to cwd; run as `node --import @sluice/telemetry/register <entry>`. */
  readonly entry: string;
  /** The variables set on top of the parent's environment (undefined removes one). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Polled until it answers 200; a process without one counts as started once it stays up. */
  readonly readyUrl: string | undefined;
}

export interface ServiceEndpoints {
  readonly name: string;
  readonly grpc: string;
  readonly ops: string;
}

export interface Platform {
  /** Started one stage after another; every process of a stage must be ready before the next. */
  readonly stages: readonly (readonly ProcessSpec[])[];
  /**
   * Stopped group after group: the worker first (it hands back its leases while the workflow
   * service still answers), then the gateway (no new requests), then the services.
   */
  readonly stopOrder: readonly (readonly string[])[];
  readonly gatewayUrl: string;
  readonly services: readonly ServiceEndpoints[];
  readonly apiKeyFile: string;
}

/** Thrown when the environment cannot describe a platform; the message names the variable. */
export class PlanError extends Error {
  override name = 'PlanError';
}

// ARCHITECTURE.md "Running it": gRPC 5005x and HTTP ops 808x, gateway on 8080.
const SERVICES = [
  { name: 'workflow', grpc: 50051, ops: 8081 },
  { name: 'quota', grpc: 50052, ops: 8082 },
  { name: 'storage', grpc: 50053, ops: 8083 },
  { name: 'monitoring', grpc: 50054, ops: 8084 },
] as const;
const GATEWAY_PORT = 8080;
const WORKER_HEALTH_PORT = 8085;
const LOCALHOST = '127.0.0.1';

export function planPlatform(root: string, env: NodeJS.ProcessEnv): Platform {
  const databaseUrl = required(env, 'DATABASE_URL');
  const natsUrl = required(env, 'NATS_URL');
  // Only a local run: bind to loopback unless the user asks otherwise (the bootstrap key is printed).
  const common = {
    DATABASE_URL: databaseUrl,
    NATS_URL: natsUrl,
    LOG_LEVEL: env.LOG_LEVEL || 'info',
    SLUICE_SUBJECT_PREFIX: env.SLUICE_SUBJECT_PREFIX || 'sluice',
    SLUICE_HOST: env.SLUICE_HOST || LOCALHOST,
  };

  const services = SERVICES.map((s) => {
    const upper = s.name.toUpperCase();
    const grpcPort = port(env, `SLUICE_${upper}_GRPC_PORT`, s.grpc);
    const opsPort = port(env, `SLUICE_${upper}_OPS_PORT`, s.ops);
    const spec: ProcessSpec = {
      name: s.name,
      cwd: join(root, 'services', s.name),
      entry: 'src/main.ts',
      // SLUICE_HTTP_PORT is the gateway's; a user who exported it must not move a service's listener.
      env: {
        ...common,
        SLUICE_SERVICE_NAME: s.name,
        SLUICE_GRPC_PORT: String(grpcPort),
        SLUICE_OPS_PORT: String(opsPort),
        SLUICE_HTTP_PORT: undefined,
        // Artifacts under the repository's .sluice/, not under the package the service runs in.
        ...(s.name === 'storage' ? { SLUICE_STORAGE_DIR: env.SLUICE_STORAGE_DIR || join(root, '.sluice', 'artifacts') } : {}),
      },
      readyUrl: `http://${LOCALHOST}:${opsPort}/readyz`,
    };
    const endpoints: ServiceEndpoints = { name: s.name, grpc: `${LOCALHOST}:${grpcPort}`, ops: `http://${LOCALHOST}:${opsPort}` };
    return { spec, endpoints, addrVar: `SLUICE_${upper}_ADDR` };
  });

  const addrs: Record<string, string> = {};
  for (const s of services) addrs[s.addrVar] = env[s.addrVar] || s.endpoints.grpc;
  // A gateway or worker must not pick up a per-service port the user exported for something else.
  const noServicePorts = { SLUICE_GRPC_PORT: undefined, SLUICE_OPS_PORT: undefined };
  const workerOnly = { ...noServicePorts, SLUICE_HTTP_PORT: undefined };

  const httpPort = port(env, 'SLUICE_HTTP_PORT', GATEWAY_PORT);
  const gatewayUrl = `http://${LOCALHOST}:${httpPort}`;
  const apiKeyFile = env.SLUICE_API_KEY_FILE || join(root, '.sluice', 'api-key');
  const gateway: ProcessSpec = {
    name: 'gateway',
    cwd: join(root, 'services', 'gateway'),
    entry: 'src/main.ts',
    env: { ...common, ...noServicePorts, ...addrs, SLUICE_SERVICE_NAME: 'gateway', SLUICE_HTTP_PORT: String(httpPort), SLUICE_API_KEY_FILE: apiKeyFile },
    readyUrl: `${gatewayUrl}/readyz`,
  };
  const workerPort = port(env, 'SLUICE_WORKER_HEALTH_PORT', WORKER_HEALTH_PORT);
  const worker: ProcessSpec = {
    name: 'demo-worker',
    cwd: join(root, 'examples', 'demo-worker'),
    entry: 'src/main.ts',
    env: { ...common, ...workerOnly, ...addrs, SLUICE_SERVICE_NAME: 'demo-worker', SLUICE_WORKER_HEALTH_PORT: String(workerPort) },
    // Ready once its workflow types are registered: a curl right after the banner then works.
    readyUrl: `http://${LOCALHOST}:${workerPort}/readyz`,
  };

  return {
    // All at once: the gateway's gRPC clients connect lazily and the worker waits for the
    // workflow service, so nothing needs another to be ready first; startup is CPU-bound
    // (module loading), so running the processes side by side takes the least wall time.
    stages: [[...services.map((s) => s.spec), gateway, worker]],
    stopOrder: [[worker.name], [gateway.name], services.map((s) => s.spec.name)],
    gatewayUrl,
    services: services.map((s) => s.endpoints),
    apiKeyFile,
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new PlanError(`${name} is not set: start the platform with \`npm run up\`, which finds or starts PostgreSQL and NATS first`);
  return value;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new PlanError(`${name}=${raw} is not a port (1-65535)`);
  return value;
}
