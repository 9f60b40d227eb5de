// Process entry: node --import @sluice/telemetry/register src/main.ts
import { runService } from '@sluice/service-kit';
import { processTelemetry } from '@sluice/telemetry';
import { readConfig } from './config.ts';
import { startQuotaService } from './start.ts';

await runService(
  async () => {
    const service = await startQuotaService(readConfig(process.env));
    return { log: service.runtime.log, shutdown: () => service.shutdown() };
  },
  async () => processTelemetry()?.shutdown(),
);
