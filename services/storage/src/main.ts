// Process entry: node --import @sluice/telemetry/register src/main.ts
import { runService } from '@sluice/service-kit';
import { processTelemetry } from '@sluice/telemetry';
import { readConfig } from './config.ts';
import { startStorageService } from './start.ts';

await runService(
  async () => {
    const service = await startStorageService(readConfig(process.env));
    return { log: service.runtime.log, shutdown: () => service.shutdown() };
  },
  async () => processTelemetry()?.shutdown(),
);
