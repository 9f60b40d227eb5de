import { context, propagation, type Context } from '@opentelemetry/api';

/**
 * The part of a NATS `MsgHdrs` the propagators need. Kept structural so that this library
 * does not depend on the NATS client.
 */
export interface HeaderCarrier {
  get(key: string): string;
  set(key: string, value: string): void;
  keys(): string[];
}

/** Writes the active (or given) context's W3C `traceparent`/`tracestate` into NATS headers. */
export function injectTraceHeaders(headers: HeaderCarrier, ctx: Context = context.active()): void {
  propagation.inject(ctx, headers, {
    set: (carrier, key, value) => carrier.set(key, value),
  });
}

/** Reads a W3C trace context from NATS headers; the active context when there is none. */
export function extractTraceContext(headers: HeaderCarrier | undefined, base: Context = context.active()): Context {
  if (headers === undefined) return base;
  return propagation.extract(base, headers, {
    get: (carrier, key) => carrier.get(key) || undefined,
    keys: (carrier) => carrier.keys(),
  });
}

/** The active context as a plain `{ traceparent, tracestate? }` record, e.g. to store in an outbox row. */
export function traceCarrier(ctx: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier;
}

/** The context a stored `traceCarrier()` record stands for. */
export function contextFromCarrier(carrier: Readonly<Record<string, string>>, base: Context = context.active()): Context {
  return propagation.extract(base, carrier);
}
