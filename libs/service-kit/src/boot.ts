import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Registry } from 'prom-client';
import { createLogger, type Logger } from '@sluice/logging';
import { createOrm, migrate, closeOrm, checkDatabase, type Orm, type OrmOptions, type MigrationEntry } from '@sluice/db';
import { connectNats, drainNats, provisionStreams } from '@sluice/messaging';
import type { BaseConfig } from './base-config.ts';
import { createMetricsRegistry } from './metrics.ts';
import { Releasers } from './releasers.ts';
import type { ReadinessCheck } from './ops-server.ts';

/** What every service has once its dependencies are up: built here, passed on explicitly. */
export interface ServiceRuntime {
  readonly name: string;
  readonly log: Logger;
  readonly orm: Orm;
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly registry: Registry;
  readonly releasers: Releasers;
  /** PostgreSQL and NATS probes for /readyz. */
  readonly checks: Record<string, ReadinessCheck>;
}

export interface BootOptions {
  /** Service name: log field, metrics label, NATS connection name, PostgreSQL schema. */
  readonly name: string;
  readonly config: BaseConfig;
  readonly entities: OrmOptions['entities'];
  readonly migrations: readonly MigrationEntry[];
  readonly log?: Logger;
}

/**
 * The common start of a service: logger, PostgreSQL (its own schema, migrations applied),
 * NATS with the JetStream streams provisioned, a metrics registry. Each resource registers its
 * teardown as it is acquired, so a failure half-way releases what was already taken.
 */
export async function bootService(options: BootOptions): Promise<ServiceRuntime> {
  const { config, name } = options;
  const log = options.log ?? createLogger({ service: name, level: config.LOG_LEVEL });
  const releasers = new Releasers();
  try {
    const orm = await createOrm({
      url: config.DATABASE_URL,
      schema: name,
      entities: options.entities,
      migrations: options.migrations,
      log,
      pool: { max: config.SLUICE_DB_POOL_MAX },
    });
    releasers.add('postgres', () => closeOrm(orm));
    const applied = await migrate(orm);
    log.info({ schema: name, applied }, applied.length > 0 ? 'migrations applied' : 'schema is current');

    const nc = await connectNats({ servers: config.NATS_URL, name, log });
    releasers.add('nats', () => drainNats(nc));
    await provisionStreams(nc, config.SLUICE_SUBJECT_PREFIX);
    const js = jetstream(nc);

    const checks: Record<string, ReadinessCheck> = {
      postgres: async () => {
        const health = await checkDatabase(orm);
        if (!health.ok) throw new Error(health.reason);
      },
      nats: async () => {
        if (nc.isClosed()) throw new Error('connection closed');
        await nc.flush();
      },
    };
    return { name, log, orm, nc, js, registry: createMetricsRegistry(name), releasers, checks };
  } catch (err) {
    await releasers.release((step, e) => log.error({ step, err: e }, 'release after failed start'));
    throw err;
  }
}
