/**
 * What every service's composition root shares: base configuration, the ops HTTP port
 * (/healthz, /readyz, /metrics), ordered teardown and the process wrapper.
 *
 * ```ts
 * // services/<name>/src/main.ts
 * await runService(async () => {
 *   const rt = await bootService({ name: 'quota', config, entities, migrations }); // PG + migrations, NATS + streams
 *   await serveService(rt, { host, grpcPort, opsPort, grpcServices, shutdownGraceMs });  // gRPC + /healthz /readyz /metrics
 *   return { log: rt.log, shutdown: () => rt.releasers.release() };                 // reverse order on SIGTERM
 * });
 * ```
 */
export { baseConfigSchema } from './base-config.ts';
export { createOpsServer, runChecks } from './ops-server.ts';
export { Releasers } from './releasers.ts';
export { runService } from './run-service.ts';
export { createMetricsRegistry } from './metrics.ts';
export { bootService } from './boot.ts';
export { serveService } from './serve.ts';
export { Periodic } from './periodic.ts';
export type { BaseConfig } from './base-config.ts';
export type { OpsServer, OpsServerOptions, ReadinessCheck } from './ops-server.ts';
export type { RunningService } from './run-service.ts';
export type { ServiceRuntime, BootOptions } from './boot.ts';
export type { ServeOptions, Serving } from './serve.ts';
