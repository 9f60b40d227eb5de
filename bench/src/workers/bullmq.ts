// A BullMQ worker for one scenario, run by the bench driver as a child process.
import { Queue, Worker } from 'bullmq';
import type { ChainPayload, LatencyPayload, WorkerConfig } from '../protocol.ts';
import { nowMs } from '../stats.ts';
import { Reporter, workerConfig } from './reporter.ts';

interface BullWorkerConfig extends WorkerConfig {
  readonly connection: { host: string; port: number };
  readonly prefix: string;
  readonly queue: string;
}

const config = workerConfig<BullWorkerConfig>();
const reporter = new Reporter();

try {
  // A chain's next stage is added from inside the processor (the same queue, the next job name).
  const next = new Queue(config.queue, { connection: config.connection, prefix: config.prefix, defaultJobOptions: { removeOnComplete: true, removeOnFail: true } });
  const worker = new Worker(
    config.queue,
    async (job) => {
      switch (config.scenario) {
        case 'noop':
          reporter.started();
          return;
        case 'latency': {
          const at = nowMs();
          reporter.started();
          const p = job.data as LatencyPayload;
          reporter.sample(p.i, at - p.t, at);
          return;
        }
        case 'chain': {
          reporter.started();
          if (job.name === 'c1') await next.add('c2', job.data);
          else if (job.name === 'c2') await next.add('c3', job.data);
          else {
            const at = nowMs();
            const p = job.data as ChainPayload;
            reporter.sample(p.i, at - p.t0, at);
          }
          return;
        }
      }
    },
    { connection: config.connection, prefix: config.prefix, concurrency: config.concurrency, removeOnComplete: { count: 0 }, removeOnFail: { count: 0 } },
  );
  worker.on('error', (err) => process.stderr.write(`bullmq: ${err.message}\n`));
  await worker.waitUntilReady();
  await next.waitUntilReady();
  reporter.onStop(async () => {
    await worker.close();
    await next.close();
    return {};
  });
  reporter.ready();
} catch (err) {
  reporter.fail(err);
}
