// A graphile-worker pool for one scenario, run by the bench driver as a child process.
import { Logger, run, type TaskList } from 'graphile-worker';
import type { ChainPayload, LatencyPayload, WorkerConfig } from '../protocol.ts';
import { nowMs } from '../stats.ts';
import { Reporter, workerConfig } from './reporter.ts';

interface GraphileWorkerConfig extends WorkerConfig {
  readonly databaseUrl: string;
  readonly localQueueSize: number;
  readonly completeJobBatchDelay: number;
}

const config = workerConfig<GraphileWorkerConfig>();
const reporter = new Reporter();

const taskList: TaskList = {
  noop: async () => {
    reporter.started();
  },
  lat: async (payload) => {
    const at = nowMs();
    reporter.started();
    const p = payload as LatencyPayload;
    reporter.sample(p.i, at - p.t, at);
  },
  // A chain: each stage adds the next job from inside the task (helpers.addJob).
  c1: async (payload, helpers) => {
    reporter.started();
    await helpers.addJob('c2', payload);
  },
  c2: async (payload, helpers) => {
    reporter.started();
    await helpers.addJob('c3', payload);
  },
  c3: async (payload) => {
    reporter.started();
    const at = nowMs();
    const p = payload as ChainPayload;
    reporter.sample(p.i, at - p.t0, at);
  },
};

// graphile-worker logs every completed job at info; keep warnings and errors only (as for Sluice).
const logger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') process.stderr.write(`${level}: ${message}\n`);
});

try {
  const runner = await run({
    connectionString: config.databaseUrl,
    concurrency: config.concurrency,
    maxPoolSize: Math.max(10, config.concurrency + 2),
    noHandleSignals: true,
    pollInterval: 2000,
    logger,
    taskList,
    preset: {
      worker: {
        ...(config.localQueueSize > 0 ? { localQueue: { size: config.localQueueSize } } : {}),
        completeJobBatchDelay: config.completeJobBatchDelay,
      },
    },
  });
  reporter.onStop(async () => {
    await runner.stop();
    return {};
  });
  reporter.ready();
} catch (err) {
  reporter.fail(err);
}
