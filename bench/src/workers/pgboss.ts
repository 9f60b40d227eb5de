// A pg-boss worker for one scenario, run by the bench driver as a child process.
import { PgBoss } from 'pg-boss';
import type { ChainPayload, LatencyPayload, WorkerConfig } from '../protocol.ts';
import { nowMs } from '../stats.ts';
import { Reporter, workerConfig } from './reporter.ts';

interface PgBossWorkerConfig extends WorkerConfig {
  readonly databaseUrl: string;
  readonly queue: string;
  readonly batchSize: number;
}

type ChainJob = ChainPayload & { stage: number };

const config = workerConfig<PgBossWorkerConfig>();
const reporter = new Reporter();

try {
  const boss = new PgBoss({
    connectionString: config.databaseUrl,
    schema: 'pgboss',
    supervise: false,
    schedule: false,
    migrate: false,
    useListenNotify: true,
    max: config.concurrency + 4,
  });
  boss.on('error', (err) => process.stderr.write(`pg-boss: ${(err as Error).message}\n`));
  await boss.start();
  const options = { batchSize: config.batchSize, localConcurrency: config.concurrency, pollingIntervalSeconds: 0.5, burstWhenBatchFull: true } as const;
  switch (config.scenario) {
    case 'noop':
      await boss.work(config.queue, options, async (jobs) => {
        for (let i = 0; i < jobs.length; i++) reporter.started();
      });
      break;
    case 'latency':
      await boss.work<LatencyPayload>(config.queue, options, async (jobs) => {
        const at = nowMs();
        for (const job of jobs) {
          reporter.started();
          reporter.sample(job.data.i, at - job.data.t, at);
        }
      });
      break;
    case 'chain':
      // Each stage sends the next from inside the handler; the batch completes when it returns.
      await boss.work<ChainJob>(config.queue, options, async (jobs) => {
        const next: ChainJob[] = [];
        for (const job of jobs) {
          reporter.started();
          if (job.data.stage < 3) {
            next.push({ ...job.data, stage: job.data.stage + 1 });
          } else {
            const at = nowMs();
            reporter.sample(job.data.i, at - job.data.t0, at);
          }
        }
        await Promise.all(next.map((data) => boss.send(config.queue, data)));
      });
      break;
  }
  reporter.onStop(async () => {
    await boss.stop({ graceful: true, close: true, timeout: 10_000 });
    return {};
  });
  reporter.ready();
} catch (err) {
  reporter.fail(err);
}
