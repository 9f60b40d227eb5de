import { join } from 'node:path';
import pg from 'pg';
import { makeWorkerUtils } from 'graphile-worker';
import { WorkerChild } from '../child.ts';
import { createDatabase } from '../infra.ts';
import { BENCH_DIR } from '../paths.ts';
import type { ChainPayload, LatencyPayload, Scenario } from '../protocol.ts';
import { once, type RunContext, type System, type SystemRun } from './system.ts';

/** The graphile-worker settings of one variant (see workers/graphile.ts). */
export interface GraphileSettings {
  readonly concurrency: number;
  /** localQueue.size: jobs locked and fetched per query (-1: one job per query, the default). */
  readonly localQueueSize: number;
  /** completeJobBatchDelay in ms (-1: one completion query per job, the default). */
  readonly completeJobBatchDelay: number;
}

const BULK_CHUNK = 1000;

function graphileSystem(name: string, settings: GraphileSettings, settingsLine: string): System {
  return {
    name,
    settings: settingsLine,
    perJob:
      settings.localQueueSize > 0
        ? 'jobs locked in batches of localQueue.size by one get_jobs query; completions (a delete) batched within completeJobBatchDelay; LISTEN/NOTIFY wakes the pool'
        : 'get_job: one query locks a row (FOR UPDATE SKIP LOCKED, attempts++); complete_job: one delete; LISTEN/NOTIFY on insert wakes idle workers',
    async open(scenario: Scenario, ctx: RunContext): Promise<SystemRun> {
      const db = await createDatabase(ctx.infra, 'graphile');
      const utils = await makeWorkerUtils({ connectionString: db.url });
      const pool = new pg.Pool({ connectionString: db.url, max: 2, options: '-c max_parallel_workers_per_gather=0' });
      let probes = 0;
      const close = once(async () => {
        await utils.release();
        await pool.end();
      });
      const teardown = once(async () => {
        await close();
        await db.drop();
      });
      try {
        await utils.migrate();
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
            const specs = Array.from({ length: Math.min(BULK_CHUNK, n - done) }, () => ({ identifier: 'noop', payload: {} }));
            await utils.addJobs(specs);
          }
        },
        async enqueue(payload: LatencyPayload | ChainPayload) {
          await utils.addJob(scenario === 'chain' ? 'c1' : 'lat', payload);
        },
        async pending() {
          probes++;
          return (await pool.query('select 1 from graphile_worker._private_jobs limit 1')).rowCount! > 0;
        },
        startWorker() {
          return WorkerChild.start({
            name: `${name}-worker`,
            entry: join(BENCH_DIR, 'src', 'workers', 'graphile.ts'),
            cwd: BENCH_DIR,
            verbose: ctx.verbose,
            env: { ...process.env, BENCH_WORKER_CONFIG: JSON.stringify({ scenario, databaseUrl: db.url, ...settings }) },
          });
        },
        close,
        teardown,
      };
    },
  };
}

const C = Number(process.env.BENCH_GRAPHILE_CONCURRENCY ?? 16);
const CB = Number(process.env.BENCH_GRAPHILE_BATCHED_CONCURRENCY ?? 32);

/** graphile-worker as most deployments run it: one job per query. */
export const graphile = graphileSystem(
  'graphile',
  { concurrency: C, localQueueSize: -1, completeJobBatchDelay: -1 },
  `run() with concurrency ${C} (pool max ${C + 2}), no batching (localQueue off, completeJobBatchDelay -1)`,
);

/** graphile-worker with its batching features on (docs: performance#batching). */
export const graphileBatched = graphileSystem(
  'graphile-batched',
  { concurrency: CB, localQueueSize: 4 * CB, completeJobBatchDelay: 0 },
  `run() with concurrency ${CB}, localQueue.size ${4 * CB}, completeJobBatchDelay 0`,
);
