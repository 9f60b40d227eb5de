import { join } from 'node:path';
import pg from 'pg';
import { loadContracts, WorkflowState } from '@sluice/contracts';
import { createClient } from '@sluice/grpc';
import { WorkerChild } from '../child.ts';
import { createDatabase, freePort, pollUntil, randomId, removeStreams, waitHttpOk } from '../infra.ts';
import type { Scenario } from '../protocol.ts';
import { ServiceProcess } from '../service-process.ts';
import { BENCH_DIR, REPO_ROOT } from '../paths.ts';
import { inParallel, once, range, type RunContext, type System, type SystemRun } from './system.ts';

/** Stage attempts a worker runs at once, per stage (the SDK's `concurrency`). */
const CONCURRENCY = Number(process.env.BENCH_SLUICE_CONCURRENCY ?? 512);
/** CreateWorkflow calls in flight while pre-enqueueing the no-op workflows. */
const ENQUEUE_PARALLEL = 64;
const TENANT = 'bench';
const MAX_QUEUED = 1_000_000;
const OPEN_STATES = Object.values(WorkflowState)
  .filter((s) => !['COMPLETED', 'FAILED', 'CANCELLED'].includes(s))
  .map((s) => `'${s}'`)
  .join(', ');

const TYPES: Record<Scenario, { type: string; stages: string[] }> = {
  noop: { type: 'noop', stages: ['run'] },
  latency: { type: 'lat', stages: ['run'] },
  chain: { type: 'chain3', stages: ['a', 'b', 'c'] },
};

function otelEnv(endpoint: string | undefined): Record<string, string> {
  if (endpoint === undefined) return {};
  return {
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: endpoint,
    OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
    OTEL_BSP_SCHEDULE_DELAY: '200',
    OTEL_BSP_MAX_QUEUE_SIZE: '262144',
    OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '8192',
  };
}

export const sluice: System = {
  name: 'sluice',
  settings: `workflow service (1 process, DB pool 10 and statement pool 10) + 1 worker process, SDK concurrency ${CONCURRENCY} per stage; both run with @sluice/telemetry/register, LOG_LEVEL=warn`,
  perJob:
    'group commit wherever a call carries many items (@sluice/batch: at most 2 calls in flight, items asked for meanwhile join the next). A workflow created while one of the worker\'s waiting claims (credits on its WorkerSession stream) waits has its first stage leased to that worker by the creating statement (sync match: no task, no claim call; the claim comes back on the stream); otherwise the JetStream tasks wake the worker, and its claims go out as one ClaimStages call (one transaction: lock the best queued attempts with their workflows, SKIP LOCKED, within the concurrency limits; one update gives each a fencing token from fence_seq and a lease from the database clock; one update moves the workflows to PROCESSING with a version check and writes their audit rows), its completions as one CompleteStages message on the same stream (one transaction: the fenced updates, the workflows locked, then the next stage handed straight back to the worker, leased in the same statement, when it has a slot free for it (claim_next: no task, no claim call), else the next stage\'s attempt and task, or COMPLETED; with audit rows). A transaction\'s outbox rows are inserted by one statement as it commits, published from memory right after (pipelined, acknowledged by JetStream) and deleted in batches. CreateWorkflow calls that arrive together share one transaction too (three outbox rows each; the queue-limit check is lock-free far below the limit)',
  async open(scenario: Scenario, ctx: RunContext): Promise<SystemRun> {
    const db = await createDatabase(ctx.infra, 'sluice');
    const prefix = `bench_${randomId(3)}`;
    const grpcPort = await freePort();
    const opsPort = await freePort();
    const otel = otelEnv(ctx.otlpEndpoint);
    const profileEnv = (name: string): Record<string, string> => (ctx.cpuProfileDir === undefined ? {} : { BENCH_CPU_PROFILE_FILE: join(ctx.cpuProfileDir, `${name}.cpuprofile`) });
    const service = new ServiceProcess('workflow', ['--import', '@sluice/telemetry/register', 'src/main.ts'], {
      cwd: join(REPO_ROOT, 'services', 'workflow'),
      verbose: ctx.verbose,
      env: {
        ...process.env,
        ...otel,
        ...profileEnv('workflow service'),
        DATABASE_URL: db.url,
        NATS_URL: ctx.infra.natsUrl,
        SLUICE_SUBJECT_PREFIX: prefix,
        SLUICE_HOST: '127.0.0.1',
        SLUICE_GRPC_PORT: String(grpcPort),
        SLUICE_OPS_PORT: String(opsPort),
        SLUICE_SERVICE_NAME: 'workflow',
        LOG_LEVEL: 'warn',
        // The noop drain pre-enqueues 20,000 workflows of one tenant and type; the default
        // admission limit (10,000 waiting) would refuse half of them.
        SLUICE_WORKFLOW_MAX_QUEUED_PER_TENANT: String(MAX_QUEUED),
      },
    });
    const pool = new pg.Pool({ connectionString: db.url, max: 2, options: '-c max_parallel_workers_per_gather=0' });
    const address = `127.0.0.1:${grpcPort}`;
    const client = createClient(loadContracts().services.workflow, address, { deadlineMs: 60_000 });
    const { type, stages } = TYPES[scenario];
    let probes = 0;
    const any = async (sql: string) => {
      probes++;
      return (await pool.query(sql)).rowCount! > 0;
    };
    const close = once(async () => {
      client.close();
      await service.stop();
      await pool.end();
    });
    const teardown = once(async () => {
      await close();
      await removeStreams(ctx.infra, prefix).catch(() => undefined);
      await db.drop();
    });
    try {
      await waitHttpOk(`http://127.0.0.1:${opsPort}/readyz`, 60_000, () => service.alive).catch((err: unknown) => {
        throw new Error(`${(err as Error).message}\n${service.tail}`);
      });
      // The driver creates workflows before the worker starts (noop), so it registers the type itself;
      // the worker registers the same stages again.
      await client.call('RegisterDefinition', { type, stages: stages.map((name) => ({ name })) });
    } catch (err) {
      await teardown();
      throw err;
    }
    const create = (input: unknown) => client.call('CreateWorkflow', { tenant_id: TENANT, type, input_json: JSON.stringify(input) });
    return {
      database: db.name,
      processes: { 'workflow service': service.pid },
      loopFiles: { 'workflow service': service.loopFile },
      ...(ctx.cpuProfileDir === undefined ? {} : { profiled: { 'workflow service': service.pid } }),
      get probes() {
        return probes;
      },
      async enqueueBulk(n) {
        await inParallel(range(n), ENQUEUE_PARALLEL, async () => {
          await create({});
        });
        // Ready to run = every task is on JetStream: the outbox is empty.
        await pollUntil(async () => !(await any('select 1 from workflow.outbox limit 1')), { intervalMs: 100, timeoutMs: 300_000, what: 'the outbox to drain' });
      },
      async enqueue(payload) {
        await create(payload);
      },
      // Every state but the terminal ones, so that the (tenant_id, state) index answers.
      pending: () => any(`select 1 from workflow.workflows where tenant_id = '${TENANT}' and state in (${OPEN_STATES}) limit 1`),
      startWorker() {
        return WorkerChild.start({
          name: 'sluice-worker',
          entry: join(BENCH_DIR, 'src', 'workers', 'sluice.ts'),
          cwd: BENCH_DIR,
          nodeArgs: ['--import', '@sluice/telemetry/register'],
          verbose: ctx.verbose,
          env: {
            ...process.env,
            ...otel,
            ...profileEnv('worker'),
            SLUICE_SERVICE_NAME: 'bench-worker',
            BENCH_WORKER_CONFIG: JSON.stringify({ scenario, concurrency: CONCURRENCY, workflowAddress: address, natsUrl: ctx.infra.natsUrl, prefix }),
          },
        });
      },
      close,
      teardown,
    };
  },
};
