import { join } from 'node:path';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { WorkerChild } from '../child.ts';
import { createDatabase } from '../infra.ts';
import { BENCH_DIR } from '../paths.ts';
import type { ChainPayload, LatencyPayload, Scenario } from '../protocol.ts';
import { once, type RunContext, type System, type SystemRun } from './system.ts';

const BATCH = Number(process.env.BENCH_PGBOSS_BATCH ?? 200);
const LOCAL_CONCURRENCY = Number(process.env.BENCH_PGBOSS_CONCURRENCY ?? 2);
const BULK_CHUNK = 1000;

/** The queue each scenario uses; a chain's three stages share one queue (data.stage), so one worker pool runs them. */
export const PGBOSS_QUEUE: Record<Scenario, string> = { noop: 'noop', latency: 'lat', chain: 'chain' };

export const pgboss: System = {
  name: 'pg-boss',
  settings: `work() with batchSize ${BATCH}, localConcurrency ${LOCAL_CONCURRENCY}, burstWhenBatchFull, LISTEN/NOTIFY on (useListenNotify + queue notify), polling 0.5 s as backstop`,
  perJob: 'fetch: one update … returning per batch (state created→active, FOR UPDATE SKIP LOCKED); complete: one update per batch (state→completed, output); rows kept (deleteAfterSeconds)',
  async open(scenario: Scenario, ctx: RunContext): Promise<SystemRun> {
    const db = await createDatabase(ctx.infra, 'pgboss');
    const queue = PGBOSS_QUEUE[scenario];
    const boss = new PgBoss({ connectionString: db.url, schema: 'pgboss', supervise: false, schedule: false, max: 4 });
    boss.on('error', (err) => process.stderr.write(`bench: pg-boss (driver): ${(err as Error).message}\n`));
    const pool = new pg.Pool({ connectionString: db.url, max: 2, options: '-c max_parallel_workers_per_gather=0' });
    let probes = 0;
    const close = once(async () => {
      await boss.stop({ graceful: false, close: true }).catch(() => undefined);
      await pool.end();
    });
    const teardown = once(async () => {
      await close();
      await db.drop();
    });
    try {
      await boss.start();
      await boss.createQueue(queue, { notify: true });
    } catch (err) {
      await teardown();
      throw err;
    }
    return {
      database: db.name,
      processes: {},
      loopFiles: {},
      get probes() {
        return probes;
      },
      async enqueueBulk(n) {
        for (let done = 0; done < n; done += BULK_CHUNK) {
          await boss.insert(queue, Array.from({ length: Math.min(BULK_CHUNK, n - done) }, () => ({ data: {} })));
        }
      },
      async enqueue(payload: LatencyPayload | ChainPayload) {
        await boss.send(queue, scenario === 'chain' ? { ...payload, stage: 1 } : payload);
      },
      async pending() {
        probes++;
        const res = await pool.query(`select 1 from pgboss.job where name = $1 and state in ('created', 'retry', 'active') limit 1`, [queue]);
        return res.rowCount! > 0;
      },
      startWorker() {
        return WorkerChild.start({
          name: 'pg-boss-worker',
          entry: join(BENCH_DIR, 'src', 'workers', 'pgboss.ts'),
          cwd: BENCH_DIR,
          verbose: ctx.verbose,
          env: {
            ...process.env,
            BENCH_WORKER_CONFIG: JSON.stringify({ scenario, concurrency: LOCAL_CONCURRENCY, batchSize: BATCH, databaseUrl: db.url, queue }),
          },
        });
      },
      close,
      teardown,
    };
  },
};
