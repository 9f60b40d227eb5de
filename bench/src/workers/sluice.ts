// A Sluice worker for one scenario, run by the bench driver as a child process:
//   node --import @sluice/telemetry/register bench/src/workers/sluice.ts   (BENCH_WORKER_CONFIG in the env)
import { loadContracts } from '@sluice/contracts';
import { createLogger } from '@sluice/logging';
import { processTelemetry } from '@sluice/telemetry';
import { Worker, defineStage, defineWorkflow, type WorkflowDefinition } from '@sluice/worker';
import type { ChainPayload, LatencyPayload, WorkerConfig } from '../protocol.ts';
import { nowMs } from '../stats.ts';
import { Reporter, workerConfig } from './reporter.ts';
import { timeUnaryCalls } from './rpc-timer.ts';

interface SluiceWorkerConfig extends WorkerConfig {
  readonly workflowAddress: string;
  readonly natsUrl: string;
  readonly prefix: string;
}

const config = workerConfig<SluiceWorkerConfig>();
const reporter = new Reporter();
// ClaimStages and CompleteStages as the SDK calls them (one call per batch), timed from this side.
const rpcTimings = timeUnaryCalls(loadContracts().services.workflow, ['ClaimStages', 'CompleteStages', 'RegisterDefinition']);

/** The workflow types of each scenario; their names are what the driver creates. */
function sluiceWorkflows(scenario: WorkerConfig['scenario'], reporter: Reporter): WorkflowDefinition[] {
  switch (scenario) {
    case 'noop':
      return [defineWorkflow({ type: 'noop', stages: [defineStage({ name: 'run', handler: async () => (reporter.started(), null) })] })];
    case 'latency':
      return [
        defineWorkflow({
          type: 'lat',
          stages: [
            defineStage<LatencyPayload, null>({
              name: 'run',
              handler: async (input) => {
                const at = nowMs();
                reporter.started();
                reporter.sample(input.i, at - input.t, at);
                return null;
              },
            }),
          ],
        }),
      ];
    case 'chain': {
      const pass = (name: string) =>
        defineStage<ChainPayload, ChainPayload>({
          name,
          handler: async (input) => {
            reporter.started();
            return input;
          },
        });
      const last = defineStage<ChainPayload, null>({
        name: 'c',
        handler: async (input) => {
          reporter.started();
          const at = nowMs();
          reporter.sample(input.i, at - input.t0, at);
          return null;
        },
      });
      return [defineWorkflow({ type: 'chain3', stages: [pass('a'), pass('b'), last] })];
    }
  }
}

const worker = new Worker({
  workflowAddress: config.workflowAddress,
  natsUrl: config.natsUrl,
  prefix: config.prefix,
  workflows: sluiceWorkflows(config.scenario, reporter),
  concurrency: config.concurrency,
  ...(process.env.BENCH_SLUICE_WAITING === undefined ? {} : { waitingClaims: Number(process.env.BENCH_SLUICE_WAITING) }),
  // The SDK logs two info lines per stage; the bench runs it at warn, like the services.
  log: createLogger({ service: 'bench-worker', level: 'warn' }),
});
reporter.onStop(async () => {
  await worker.shutdown();
  // Flush the spans (the profile pass exports them) before the process exits.
  await processTelemetry()?.shutdown();
  return { rpc: rpcTimings() };
});
try {
  await worker.start();
  reporter.ready();
} catch (err) {
  reporter.fail(err);
}
