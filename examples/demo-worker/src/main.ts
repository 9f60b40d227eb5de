// The demo worker: node --import @sluice/telemetry/register src/main.ts
import { Worker } from '@sluice/worker';
import { createLogger } from '@sluice/logging';
import { processTelemetry } from '@sluice/telemetry';
import { demo } from './demo.ts';

const log = createLogger({ service: 'demo-worker', level: process.env.LOG_LEVEL ?? 'info' });
const worker = new Worker({
  workflowAddress: process.env.SLUICE_WORKFLOW_ADDR ?? '127.0.0.1:50051',
  natsUrl: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
  prefix: process.env.SLUICE_SUBJECT_PREFIX ?? 'sluice',
  workflows: [demo],
  log,
  healthPort: Number(process.env.SLUICE_WORKER_HEALTH_PORT ?? 8085),
  healthHost: process.env.SLUICE_HOST ?? '127.0.0.1',
});

let stopping = false;
const stop = () => {
  if (stopping) process.exit(130);
  stopping = true;
  void worker
    .shutdown()
    .then(() => processTelemetry()?.shutdown())
    .then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

try {
  await worker.start();
} catch (err) {
  log.fatal({ err }, 'worker failed to start');
  await worker.shutdown().catch(() => undefined);
  process.exit(1);
}
