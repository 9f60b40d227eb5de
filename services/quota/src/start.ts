import { loadContracts } from '@sluice/contracts';
import { createStatementPool } from '@sluice/db';
import { OutboxMessage, OutboxRelay } from '@sluice/messaging';
import { bootService, serveService, type ServiceRuntime, type Serving } from '@sluice/service-kit';
import type { Config } from './config.ts';
import { tickEvents } from './engine/events.ts';
import { GrantEngine } from './engine/grant-engine.ts';
import { LimitCache } from './engine/limit-cache.ts';
import { quotaMetrics } from './engine/metrics.ts';
import { startSweeper } from './engine/sweeper.ts';
import { quotaHandlers } from './rpc/quota-handlers.ts';
import { MIGRATIONS } from './store/migrations.ts';

const SERVICE = 'quota';

export interface QuotaService extends Serving {
  readonly runtime: ServiceRuntime;
  shutdown(): Promise<void>;
}

/** The composition root of the quota service: everything is built here and passed in. */
export async function startQuotaService(config: Readonly<Config>): Promise<QuotaService> {
  const rt = await bootService({ name: SERVICE, config, entities: [OutboxMessage], migrations: MIGRATIONS });
  try {
    const relay = new OutboxRelay({ orm: rt.orm, js: rt.js, log: rt.log, pollIntervalMs: config.SLUICE_QUOTA_OUTBOX_POLL });
    relay.start();
    rt.releasers.add('outbox relay', () => relay.stop());

    // Decisions run on connections of their own, one transaction per tick (engine/tick.ts).
    // A tick commits without waiting for the WAL flush, so that the counters' row locks go at
    // once instead of after a disk write: the next tick on a hot counter need not wait for it.
    // Its answers wait for durability (engine/grant-engine.ts): a synchronous commit on another
    // session flushes all WAL written before it, the tick's included. No caller ever holds a
    // grant that a PostgreSQL crash could forget.
    const pool = createStatementPool({ url: config.DATABASE_URL, schema: SERVICE, max: config.SLUICE_DB_POOL_MAX, synchronousCommit: false, log: rt.log });
    rt.releasers.add('statement pool', () => pool.end());
    const durable = createStatementPool({ url: config.DATABASE_URL, schema: SERVICE, max: 4, log: rt.log });
    rt.releasers.add('durability pool', () => durable.end());

    const metrics = quotaMetrics(rt.registry);
    const tick = {
      limits: new LimitCache(),
      defaultTtlMs: config.SLUICE_QUOTA_GRANT_TTL,
      warnAt: config.SLUICE_QUOTA_WARN_PERCENT / 100,
      events: tickEvents(config.SLUICE_SUBJECT_PREFIX, config.SLUICE_QUOTA_WARN_PERCENT),
    };
    const engine = new GrantEngine(pool, { ...tick, durable, maxBatch: config.SLUICE_QUOTA_BATCH_MAX, ticksInFlight: config.SLUICE_QUOTA_TICKS_IN_FLIGHT, metrics, afterWrite: () => relay.nudge() });
    const sweeper = startSweeper({ pool, log: rt.log, prefix: config.SLUICE_SUBJECT_PREFIX, intervalMs: config.SLUICE_QUOTA_SWEEP_INTERVAL, tick, metrics, afterWrite: () => relay.nudge() });
    rt.releasers.add('sweeper', () => sweeper.stop());

    const handlers = quotaHandlers({ orm: rt.orm, pool, engine, tick, metrics, log: rt.log });
    const serving = await serveService(rt, {
      host: config.SLUICE_HOST,
      grpcPort: config.SLUICE_GRPC_PORT,
      opsPort: config.SLUICE_OPS_PORT,
      shutdownGraceMs: config.SLUICE_SHUTDOWN_GRACE,
      grpcServices: [{ definition: loadContracts().services.quota.service, implementation: handlers }],
    });
    return { ...serving, runtime: rt, shutdown: () => rt.releasers.release() };
  } catch (err) {
    await rt.releasers.release();
    throw err;
  }
}
