import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { WorkerChild } from '../child.ts';
import { randomId } from '../infra.ts';
import { BENCH_DIR } from '../paths.ts';
import type { ChainPayload, LatencyPayload, Scenario } from '../protocol.ts';
import { once, type RunContext, type System, type SystemRun } from './system.ts';

const CONCURRENCY = Number(process.env.BENCH_BULLMQ_CONCURRENCY ?? 100);
const BULK_CHUNK = 1000;

export const bullmq: System = {
  name: 'bullmq',
  settings: `one Worker (ioredis) with concurrency ${CONCURRENCY}, removeOnComplete; one queue per scenario (a chain's stages are job names)`,
  perJob: 'Lua scripts on Redis: moveToActive (lock key, list → active), moveToFinished (remove the job hash, fetch the next job in the same call); events stream entries; no fsync (Redis default persistence)',
  async open(scenario: Scenario, ctx: RunContext): Promise<SystemRun> {
    const prefix = `bench_${randomId(3)}`;
    const connection = { host: ctx.infra.redisHost, port: ctx.infra.redisPort };
    const name = scenario;
    const queue = new Queue(name, { connection, prefix, defaultJobOptions: { removeOnComplete: true, removeOnFail: true } });
    await queue.waitUntilReady();
    let probes = 0;
    return {
      processes: {},
      loopFiles: {},
      get probes() {
        return probes;
      },
      async enqueueBulk(n) {
        for (let done = 0; done < n; done += BULK_CHUNK) {
          await queue.addBulk(Array.from({ length: Math.min(BULK_CHUNK, n - done) }, () => ({ name: 'noop', data: {} })));
        }
      },
      async enqueue(payload: LatencyPayload | ChainPayload) {
        await queue.add(scenario === 'chain' ? 'c1' : 'lat', payload);
      },
      async pending() {
        probes++;
        return (await queue.getJobCountByTypes('wait', 'active', 'delayed', 'prioritized', 'waiting-children')) > 0;
      },
      startWorker() {
        return WorkerChild.start({
          name: 'bullmq-worker',
          entry: join(BENCH_DIR, 'src', 'workers', 'bullmq.ts'),
          cwd: BENCH_DIR,
          verbose: ctx.verbose,
          env: { ...process.env, BENCH_WORKER_CONFIG: JSON.stringify({ scenario, concurrency: CONCURRENCY, connection, prefix, queue: name }) },
        });
      },
      close: async () => undefined,
      teardown: once(async () => {
        await queue.obliterate({ force: true }).catch(() => undefined);
        await queue.close();
        // Whatever obliterate leaves (events stream, meta, id counter): every key under the run's prefix.
        const redis = new Redis(connection);
        try {
          let cursor = '0';
          do {
            const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
            cursor = next;
            if (keys.length > 0) await redis.del(...keys);
          } while (cursor !== '0');
        } finally {
          redis.disconnect();
        }
      }),
    };
  },
};
