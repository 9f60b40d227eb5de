import { trace, isSpanContextValid } from '@opentelemetry/api';
import type { Telemetry } from './sdk.ts';

/** The SDK handle that register.ts started, if this process was started with it. */
export function processTelemetry(): Telemetry | undefined {
  return (globalThis as { __sluiceTelemetry?: Telemetry }).__sluiceTelemetry;
}

/** The active span's trace id, or null outside a trace. */
export function currentTraceId(): string | null {
  const ctx = trace.getActiveSpan()?.spanContext();
  return ctx !== undefined && isSpanContextValid(ctx) ? ctx.traceId : null;
}
