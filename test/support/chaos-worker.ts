// A worker in its own process, for tests that kill or freeze it. Stage `slow` of type `chaos`
// sleeps SLUICE_CHAOS_HANDLER_MS, then returns which worker ran it.
import { Worker, defineStage, defineWorkflow } from '@sluice/worker';
import { createLogger } from '@sluice/logging';

const env = process.env;
const workerId = env.SLUICE_CHAOS_WORKER_ID ?? `chaos-${process.pid}`;
const handlerMs = Number(env.SLUICE_CHAOS_HANDLER_MS ?? 60_000);

const worker = new Worker({
  workflowAddress: env.SLUICE_WORKFLOW_ADDR!,
  natsUrl: env.NATS_URL!,
  prefix: env.SLUICE_SUBJECT_PREFIX!,
  workerId,
  leaseTtlMs: Number(env.SLUICE_CHAOS_LEASE_TTL_MS ?? 1000),
  log: createLogger({ service: 'chaos-worker', level: env.LOG_LEVEL ?? 'warn' }),
  workflows: [
    defineWorkflow({
      type: 'chaos',
      stages: [
        defineStage({
          name: 'slow',
          retry: { maxAttempts: 5, initialDelayMs: 10, jitter: 0 },
          handler: async () => {
            process.stdout.write(`started ${workerId}\n`);
            await new Promise((r) => setTimeout(r, handlerMs));
            return { by: workerId };
          },
        }),
      ],
    }),
  ],
});
await worker.start();
process.stdout.write('ready\n');
process.on('SIGTERM', () => void worker.shutdown().then(() => process.exit(0)));
