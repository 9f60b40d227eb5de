import { loadContracts } from '@sluice/contracts';
import { bootService, serveService, type ServiceRuntime, type Serving } from '@sluice/service-kit';
import type { Config } from './config.ts';
import { consumerLag } from './events/consumer-lag.ts';
import { consumeEvents } from './events/event-consumer.ts';
import { startPruner } from './events/pruner.ts';
import { stopWithin } from './events/stop-within.ts';
import { registerPersistedMetrics } from './metrics/persisted-metrics.ts';
import { TotalsSnapshot } from './metrics/totals-snapshot.ts';
import { monitoringHandlers } from './rpc/monitoring-handlers.ts';
import { loadTotals } from './store/load-totals.ts';
import { MIGRATIONS } from './store/migrations.ts';

export interface MonitoringService extends Serving {
  readonly runtime: ServiceRuntime;
  shutdown(): Promise<void>;
}

/** The composition root of the monitoring service: everything is built here and passed in. */
export async function startMonitoringService(config: Readonly<Config>): Promise<MonitoringService> {
  const rt = await bootService({ name: 'monitoring', config, entities: [], migrations: MIGRATIONS });
  try {
    registerPersistedMetrics(rt.registry, new TotalsSnapshot(() => loadTotals(rt.orm.em.fork()), rt.log));

    // Registered after NATS and PostgreSQL, so it stops first: handlers finish (or the grace
    // runs out) while their connections are still open.
    const consumer = await consumeEvents({ js: rt.js, orm: rt.orm, log: rt.log, prefix: config.SLUICE_SUBJECT_PREFIX, concurrency: config.SLUICE_MONITORING_CONCURRENCY });
    rt.releasers.add('event consumer', () => stopWithin(consumer.stop(), config.SLUICE_SHUTDOWN_GRACE, rt.log, 'event consumer'));

    const pruner = startPruner({ orm: rt.orm, log: rt.log, intervalMs: config.SLUICE_MONITORING_PRUNE_INTERVAL, retentionMs: config.SLUICE_MONITORING_EVENT_RETENTION });
    rt.releasers.add('pruner', () => pruner.stop());

    const handlers = monitoringHandlers({
      orm: rt.orm,
      consumerPending: consumerLag(await rt.js.jetstreamManager(), config.SLUICE_SUBJECT_PREFIX, rt.log),
      maxWindowMs: config.SLUICE_MONITORING_EVENT_RETENTION,
    });
    const serving = await serveService(rt, {
      host: config.SLUICE_HOST,
      grpcPort: config.SLUICE_GRPC_PORT,
      opsPort: config.SLUICE_OPS_PORT,
      shutdownGraceMs: config.SLUICE_SHUTDOWN_GRACE,
      grpcServices: [{ definition: loadContracts().services.monitoring.service, implementation: handlers }],
    });
    return { ...serving, runtime: rt, shutdown: () => rt.releasers.release() };
  } catch (err) {
    await rt.releasers.release();
    throw err;
  }
}
