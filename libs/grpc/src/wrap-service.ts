import type {
  Metadata,
  MethodDefinition,
  sendUnaryData,
  ServerWritableStream,
  ServiceDefinition,
  UntypedHandleCall,
  UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { SluiceError } from '@sluice/errors';
import type { Logger } from '@sluice/logging';
import { toServiceError } from './to-service-error.ts';

/** Turns what a handler threw into what the caller is told (e.g. a lost database connection into UNAVAILABLE). */
export type ErrorMapper = (thrown: unknown) => unknown;

/** A service's handlers by method name; a method left out answers UNIMPLEMENTED. */
export type ServiceImplementation = { readonly [method: string]: UntypedHandleCall | undefined };

// What a handler may pass to its callback: anything thrown counts as a failure.
type Reply = (err: unknown, value?: unknown, trailer?: Metadata, flags?: number) => void;
type AnyCall = ServerWritableStream<unknown, unknown>;
type AnyHandler = (call: AnyCall, callback?: Reply) => unknown;

/**
 * The implementation grpc-js will run: every method's failure (a throw, a rejected promise,
 * an error passed to the callback or emitted on the stream) goes out as the status of its
 * Sluice code with the Sluice trailers. Handlers run synchronously inside the wrapper, so
 * the server span the OpenTelemetry instrumentation opened stays the active context.
 */
export function wrapService(definition: ServiceDefinition, implementation: ServiceImplementation, log: Logger, mapError: ErrorMapper = (e) => e): UntypedServiceImplementation {
  const wrapped: UntypedServiceImplementation = {};
  for (const [name, method] of Object.entries(definition) as [string, MethodDefinition<unknown, unknown>][]) {
    const handler = implementation[name] ?? (method.originalName === undefined ? undefined : implementation[method.originalName]);
    const fn = (handler ?? unimplemented(method.path)) as AnyHandler;
    wrapped[name] = (method.responseStream ? wrapStreaming(fn, log, method.path, mapError) : wrapCallback(fn, log, method.path, mapError)) as UntypedHandleCall;
  }
  return wrapped;
}

function unimplemented(path: string): AnyHandler {
  return (call, callback) => {
    const err = SluiceError.unimplemented(path);
    if (callback === undefined) call.emit('error', err);
    else callback(err);
  };
}

// Unary and client-streaming: the result goes through a callback.
function wrapCallback(handler: AnyHandler, log: Logger, path: string, mapError: ErrorMapper) {
  return (call: AnyCall, callback: sendUnaryData<unknown>): void => {
    let settled = false;
    const reply: Reply = (err, value, trailer, flags) => {
      if (settled) return;
      settled = true;
      if (err) callback(toServiceError(mapError(err), log, path));
      else callback(null, value, trailer, flags);
    };
    try {
      const result = handler(call, reply);
      if (isPromise(result)) result.catch((err: unknown) => reply(err));
    } catch (err) {
      reply(err);
    }
  };
}

// Server-streaming and bidi: grpc-js turns an 'error' event on the call into the status, so
// the event itself is rewritten on its way out.
function wrapStreaming(handler: AnyHandler, log: Logger, path: string, mapError: ErrorMapper) {
  return (call: AnyCall): void => {
    const emit = call.emit.bind(call);
    call.emit = (event: string | symbol, ...args: unknown[]): boolean =>
      event === 'error' ? emit('error', toServiceError(mapError(args[0]), log, path)) : emit(event, ...args);
    try {
      const result = handler(call);
      if (isPromise(result)) result.catch((err: unknown) => call.emit('error', err));
    } catch (err) {
      call.emit('error', err);
    }
  };
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
