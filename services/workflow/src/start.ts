import { loadContracts } from '@sluice/contracts';
import { OutboxMessage, OutboxRelay } from '@sluice/messaging';
import { bootService, serveService, type ServiceRuntime, type Serving } from '@sluice/service-kit';
import { engineDefaults, type Config } from './config.ts';
import { Emitter } from './engine/emit.ts';
import { workflowHandlers } from './rpc/workflow-handlers.ts';
import { attemptHandlers } from './rpc/attempt-handlers.ts';
import { controlHandlers } from './rpc/control-handlers.ts';
import { queryHandlers } from './rpc/query-handlers.ts';
import { resumeDue } from './engine/resume-due.ts';
import { reapExpiredLeases } from './engine/reap-leases.ts';
import { Periodic } from './engine/periodic.ts';
import { MIGRATIONS } from './store/migrations.ts';

/** Rows one scheduler or reaper round moves at most; a full round runs again at once. */
const BATCH = 200;

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

    const engine = { emitter: new Emitter(config.SLUICE_SUBJECT_PREFIX), defaults: engineDefaults(config) };
    const deps = { orm: rt.orm, engine, afterCommit: () => relay.nudge() };
    const handlers = { ...workflowHandlers(deps), ...attemptHandlers(deps), ...controlHandlers(deps), ...queryHandlers({ orm: rt.orm }) };

    // Parked workflows come back at their time, and dead workers' leases are taken back;
    // both are safe on every replica (FOR UPDATE SKIP LOCKED).
    for (const [name, intervalMs, round] of [
      ['scheduler', config.SLUICE_WORKFLOW_SCHEDULER_INTERVAL, () => resumeDue(rt.orm.em.fork(), engine, BATCH)],
      ['lease reaper', config.SLUICE_WORKFLOW_REAPER_INTERVAL, () => reapExpiredLeases(rt.orm.em.fork(), engine, BATCH)],
    ] as const) {
      const task = new Periodic({ name, intervalMs, batch: BATCH, log: rt.log, round: async () => {
        const moved = await round();
        if (moved > 0) relay.nudge();
        return moved;
      } });
      task.start();
      rt.releasers.add(name, () => task.stop());
    }
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
