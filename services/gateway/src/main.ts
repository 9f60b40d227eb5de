// Process entry: node --import @sluice/telemetry/register src/main.ts
import { runService } from '@sluice/service-kit';
import { processTelemetry } from '@sluice/telemetry';
import { readConfig } from './config.ts';
import { startGateway } from './start.ts';

await runService(
  async () => {
    const gateway = await startGateway(readConfig(process.env));
    return { log: gateway.runtime.log, shutdown: () => gateway.shutdown() };
  },
  async () => processTelemetry()?.shutdown(),
);
