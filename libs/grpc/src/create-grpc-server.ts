import { Server, ServerCredentials, type ServerOptions, type ServiceDefinition } from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import { loadContracts } from '@sluice/contracts';
import type { Logger } from '@sluice/logging';
import { HealthImplementation } from 'grpc-health-check';
import { createReflection } from './reflection.ts';
import { wrapService, type ErrorMapper, type ServiceImplementation } from './wrap-service.ts';

export interface GrpcServiceRegistration {
  /** The fully-qualified name health checks use; read from the definition when omitted. */
  readonly name?: string;
  readonly definition: ServiceDefinition;
  readonly implementation: ServiceImplementation;
}

export interface GrpcServerOptions {
  readonly log: Logger;
  readonly services: readonly GrpcServiceRegistration[];
  /** Applied to every error a handler throws before it becomes a status (default: unchanged). */
  readonly mapError?: ErrorMapper;
  /** What reflection describes; all of @sluice/contracts when omitted. */
  readonly packageDefinitions?: readonly PackageDefinition[];
  /** Insecure when omitted (TLS ends at the ingress or the mesh). */
  readonly credentials?: ServerCredentials;
  readonly serverOptions?: ServerOptions;
}

export interface GrpcServer {
  readonly server: Server;
  /** Binds and starts serving; resolves to the bound port (useful with port 0). */
  listen(host: string, port: number): Promise<number>;
  /** Health (grpc.health.v1) for every service and for "": SERVING or NOT_SERVING. */
  setServing(serving: boolean): void;
  /**
   * NOT_SERVING, then a graceful shutdown that lets calls in flight finish, forced after
   * `graceMs`. Later calls return the first call's promise.
   */
  shutdown(graceMs?: number): Promise<void>;
}

const DEFAULT_GRACE_MS = 10_000;

/**
 * A grpc-js server with the given services (failures mapped to Sluice statuses and
 * trailers), grpc.health.v1.Health and server reflection.
 */
export function createGrpcServer(options: GrpcServerOptions): GrpcServer {
  const { log } = options;
  const server = new Server(options.serverOptions);
  const names = options.services.map((s) => s.name ?? serviceNameOf(s.definition));
  for (const [i, service] of options.services.entries()) {
    server.addService(service.definition, wrapService(service.definition, service.implementation, log.child({ rpc_service: names[i] }), options.mapError));
  }

  const healthNames = ['', ...names];
  const health = new HealthImplementation(Object.fromEntries(healthNames.map((n) => [n, 'SERVING'])));
  health.addToServer(server);
  const packageDefinitions = options.packageDefinitions ?? Object.values(loadContracts().packageDefinitions);
  createReflection(packageDefinitions, names).addToServer(server);

  const setServing = (serving: boolean): void => {
    for (const name of healthNames) health.setStatus(name, serving ? 'SERVING' : 'NOT_SERVING');
  };

  let stopping: Promise<void> | undefined;
  const shutdown = (graceMs = DEFAULT_GRACE_MS): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      setServing(false);
      const force = setTimeout(() => {
        log.warn({ graceMs }, 'grpc calls still running after the grace period; cancelling them');
        server.forceShutdown();
        resolve();
      }, graceMs);
      server.tryShutdown((err) => {
        clearTimeout(force);
        if (err) log.warn({ err }, 'grpc server shutdown reported an error');
        resolve();
      });
    });
    return stopping;
  };

  const listen = (host: string, port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const address = host.includes(':') && !host.startsWith('[') ? `[${host}]:${port}` : `${host}:${port}`;
      server.bindAsync(address, options.credentials ?? ServerCredentials.createInsecure(), (err, bound) => {
        if (err) reject(err);
        else {
          log.info({ address: host, port: bound, services: names }, 'grpc server listening');
          resolve(bound);
        }
      });
    });

  return { server, listen, setServing, shutdown };
}

// Every method path is "/<package>.<Service>/<Method>".
function serviceNameOf(definition: ServiceDefinition): string {
  const path = Object.values(definition)[0]?.path;
  const name = path?.split('/')[1];
  if (name === undefined || name === '') throw new TypeError('a service definition without methods needs an explicit name');
  return name;
}
