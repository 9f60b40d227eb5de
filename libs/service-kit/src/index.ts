/**
 * What every service's composition root shares: base configuration, the ops HTTP port
 * (/healthz, /readyz, /metrics), ordered teardown and the process wrapper.
 *
 * ```ts
 * const releasers = new Releasers();
 * const ops = createOpsServer({ registry, log, checks: { postgres: () => checkDatabase(orm) } });
 * releasers.add('ops', () => ops.close());
 * await runService(async () => ({ log, shutdown: () => releasers.release() }));
 * ```
 */
export { baseConfigSchema } from './base-config.ts';
export { createOpsServer } from './ops-server.ts';
export { Releasers } from './releasers.ts';
export { runService } from './run-service.ts';
export { createMetricsRegistry } from './metrics.ts';
export type { BaseConfig } from './base-config.ts';
export type { OpsServer, OpsServerOptions, ReadinessCheck } from './ops-server.ts';
export type { RunningService } from './run-service.ts';
