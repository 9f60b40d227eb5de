/**
 * OpenTelemetry for Sluice: the SDK (configured by the standard OTEL_* variables) and the
 * helpers that carry W3C trace context through NATS headers and outbox rows.
 *
 * ```ts
 * // node --import @sluice/telemetry/register src/main.ts
 * const headers = natsHeaders(); injectTraceHeaders(headers); await js.publish(subject, data, { headers });
 * const ctx = extractTraceContext(msg.headers); context.with(ctx, () => handle(msg));
 * ```
 */
export { startTelemetry } from './sdk.ts';
export { injectTraceHeaders, extractTraceContext, traceCarrier, contextFromCarrier } from './nats-headers.ts';
export { processTelemetry, currentTraceId } from './process-telemetry.ts';
export type { TelemetryOptions, Telemetry } from './sdk.ts';
export type { HeaderCarrier } from './nats-headers.ts';
