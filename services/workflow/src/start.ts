import { loadContracts } from '@sluice/contracts';
import { OutboxMessage, OutboxRelay } from '@sluice/messaging';
import { bootService, serveService, type ServiceRuntime, type Serving } from '@sluice/service-kit';
import type { Config } from './config.ts';
import { Emitter } from './engine/emit.ts';
import { workflowHandlers } from './rpc/workflow-handlers.ts';
import { MIGRATIONS } from './store/migrations.ts';

export interface WorkflowService extends Serving {
  readonly runtime: ServiceRuntime;
  shutdown(): Promise<void>;
}

/** The composition root of the workflow service: everything is built here and passed in. */
export async function startWorkflowService(config: Readonly<Config>): Promise<WorkflowService> {
  const rt = await bootService({ name: 'workflow', config, entities: [OutboxMessage], migrations: MIGRATIONS });
  try {
    const relay = new OutboxRelay({ orm: rt.orm, js: rt.js, log: rt.log, pollIntervalMs: config.SLUICE_WORKFLOW_OUTBOX_POLL });
    relay.start();
    rt.releasers.add('outbox relay', () => relay.stop());

    const handlers = workflowHandlers({
      orm: rt.orm,
      emitter: new Emitter(config.SLUICE_SUBJECT_PREFIX),
      afterCommit: () => relay.nudge(),
      defaultLeaseTtlMs: config.SLUICE_WORKFLOW_LEASE_TTL,
    });
    const serving = await serveService(rt, {
      host: config.SLUICE_HOST,
      grpcPort: config.SLUICE_GRPC_PORT,
      opsPort: config.SLUICE_OPS_PORT,
      shutdownGraceMs: config.SLUICE_SHUTDOWN_GRACE,
      grpcServices: [{ definition: loadContracts().services.workflow.service, implementation: handlers }],
    });
    return { ...serving, runtime: rt, shutdown: () => rt.releasers.release() };
  } catch (err) {
    await rt.releasers.release();
    throw err;
  }
}
