import { createGrpcServer, type GrpcServiceRegistration } from '@sluice/grpc';
import { createOpsServer } from './ops-server.ts';
import type { ServiceRuntime } from './boot.ts';
import { mapDbError } from '@sluice/db';

export interface ServeOptions {
  readonly host: string;
  readonly grpcPort: number;
  /** null when the service answers /healthz, /readyz and /metrics on its own HTTP port (the gateway). */
  readonly opsPort: number | null;
  readonly grpcServices: readonly GrpcServiceRegistration[];
  /** How long in-flight RPCs get on shutdown before they are cancelled. */
  readonly shutdownGraceMs: number;
}

export interface Serving {
  readonly grpcPort: number;
  readonly opsPort: number | null;
}

/**
 * Opens a service's two ports: gRPC (its API, grpc.health.v1 and reflection) and HTTP ops
 * (/healthz, /readyz, /metrics). Registered last, their teardown runs first on shutdown:
 * health goes NOT_SERVING and /readyz 503, then the gRPC server drains within the grace period.
 */
export async function serveService(rt: ServiceRuntime, options: ServeOptions): Promise<Serving> {
  // A database that cannot be reached (pool connect timeout, server down) is UNAVAILABLE, not INTERNAL.
  const grpc = createGrpcServer({ log: rt.log, services: [...options.grpcServices], mapError: (err) => mapDbError(err) });
  const grpcPort = await grpc.listen(options.host, options.grpcPort);
  rt.releasers.add('grpc', () => grpc.shutdown(options.shutdownGraceMs));

  let opsPort: number | null = null;
  if (options.opsPort === null) {
    rt.releasers.add('stop serving', () => grpc.setServing(false));
  } else {
    const ops = createOpsServer({ registry: rt.registry, checks: rt.checks, log: rt.log });
    opsPort = await ops.listen(options.host, options.opsPort);
    rt.releasers.add('ops', () => ops.close());
    rt.releasers.add('stop serving', () => {
      grpc.setServing(false);
      ops.markShuttingDown();
    });
  }
  rt.log.info({ grpc_port: grpcPort, ops_port: opsPort }, 'service started');
  return { grpcPort, opsPort };
}
