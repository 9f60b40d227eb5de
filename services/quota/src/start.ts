import { loadContracts } from '@sluice/contracts';
import { OutboxMessage, OutboxRelay } from '@sluice/messaging';
import { bootService, serveService, type ServiceRuntime, type Serving } from '@sluice/service-kit';
import type { Config } from './config.ts';
import { quotaHandlers } from './rpc/quota-handlers.ts';
import { MIGRATIONS } from './store/migrations.ts';

export interface QuotaService extends Serving {
  readonly runtime: ServiceRuntime;
  shutdown(): Promise<void>;
}

/** The composition root of the quota service: everything is built here and passed in. */
export async function startQuotaService(config: Readonly<Config>): Promise<QuotaService> {
  const rt = await bootService({ name: 'quota', config, entities: [OutboxMessage], migrations: MIGRATIONS });
  try {
    // Usage events (sluice.quota.usage, .refused) will be written to the outbox in the grant's
    // transaction; the relay runs from the start so that they need no further wiring.
    const relay = new OutboxRelay({ orm: rt.orm, js: rt.js, log: rt.log, pollIntervalMs: config.SLUICE_QUOTA_OUTBOX_POLL });
    relay.start();
    rt.releasers.add('outbox relay', () => relay.stop());

    const handlers = quotaHandlers({ orm: rt.orm });
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
