/**
 * Process entry for tracing: `node --import @sluice/telemetry/register src/main.ts`.
 *
 * The loader hook must be registered before koa, grpc-js and pg are imported, or ESM imports
 * are not patched and the trace breaks into pieces; that is why this runs as an --import.
 */
import { register } from 'node:module';
import { startTelemetry } from './sdk.ts';

register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);

const telemetry = startTelemetry({ serviceName: process.env.SLUICE_SERVICE_NAME ?? 'sluice' });
// main.ts shuts telemetry down last through this handle (there is no other process-wide state).
(globalThis as { __sluiceTelemetry?: typeof telemetry }).__sluiceTelemetry = telemetry;
