import { WaitingClaims } from './engine/waiting-claims.ts';
import { loadContracts } from '@sluice/contracts';
import { createStatementPool } from '@sluice/db';
import { OutboxMessage, OutboxRelay, type OutboxBatch } from '@sluice/messaging';
import { bootService, serveService, type ServiceRuntime, type Serving } from '@sluice/service-kit';
import { engineDefaults, type Config } from './config.ts';
import { Emitter } from './engine/emit.ts';
import { Admission } from './engine/admission.ts';
import { DefinitionCache } from './engine/definition-of.ts';
import { workflowHandlers } from './rpc/workflow-handlers.ts';
import { attemptHandlers } from './rpc/attempt-handlers.ts';
import { controlHandlers } from './rpc/control-handlers.ts';
import { queryHandlers } from './rpc/query-handlers.ts';
import { startBackgroundTasks } from './engine/background.ts';
import { MIGRATIONS } from './store/migrations.ts';

const SERVICE = 'workflow';

export interface WorkflowService extends Serving {
  readonly runtime: ServiceRuntime;
  shutdown(): Promise<void>;
}

/** The composition root of the workflow service: everything is built here and passed in. */
export async function startWorkflowService(config: Readonly<Config>): Promise<WorkflowService> {
  // The service's name is also its schema.
  const rt = await bootService({ name: SERVICE, config, entities: [OutboxMessage], migrations: MIGRATIONS });
  try {
    // Events and tasks go out as each transaction commits; the polling round picks up leftovers.
    const relay = new OutboxRelay({ orm: rt.orm, js: rt.js, log: rt.log, pollIntervalMs: config.SLUICE_WORKFLOW_OUTBOX_POLL, publishOnCommit: true });
    relay.start();
    rt.releasers.add('outbox relay', () => relay.stop());

    // The fast paths' statements have connections of their own (planned for key lookups only).
    const statements = createStatementPool({ url: config.DATABASE_URL, schema: SERVICE, max: config.SLUICE_DB_POOL_MAX, log: rt.log });
    rt.releasers.add('statement pool', () => statements.end());

    const engine = {
      emitter: new Emitter(config.SLUICE_SUBJECT_PREFIX),
      defaults: engineDefaults(config),
      definitions: new DefinitionCache(),
      admission: new Admission(),
      publishCommitted: (row: OutboxBatch) => relay.publishCommitted(row),
      statements,
      waiting: new WaitingClaims(),
    };
    const deps = { orm: rt.orm, engine, afterCommit: () => relay.nudge(), log: rt.log };
    const handlers = { ...workflowHandlers(deps), ...attemptHandlers(deps), ...controlHandlers(deps), ...queryHandlers({ orm: rt.orm }) };

    startBackgroundTasks(rt, engine, { schedulerMs: config.SLUICE_WORKFLOW_SCHEDULER_INTERVAL, reaperMs: config.SLUICE_WORKFLOW_REAPER_INTERVAL }, () => relay.nudge());
    const serving = await serveService(rt, {
      host: config.SLUICE_HOST,
      grpcPort: config.SLUICE_GRPC_PORT,
      opsPort: config.SLUICE_OPS_PORT,
      shutdownGraceMs: config.SLUICE_SHUTDOWN_GRACE,
      grpcServices: [{ definition: loadContracts().services.workflow.service, implementation: handlers }],
    });
    // Released first: the worker sessions end (their waiting claims with them) instead of holding up the gRPC drain.
    rt.releasers.add('waiting claims', () => engine.waiting.close());
    return { ...serving, runtime: rt, shutdown: () => rt.releasers.release() };
  } catch (err) {
    await rt.releasers.release();
    throw err;
  }
}
