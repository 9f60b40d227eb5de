import { InterceptingCall, type Interceptor } from '@grpc/grpc-js';

/**
 * An interceptor that gives every unary and client-streaming call without a deadline one of
 * `deadlineMs`, so that a hung peer cannot hold a caller forever. Server-streaming and bidi
 * calls (WatchWorkflow, downloads) are long-lived by design and keep whatever the caller set.
 * An interceptor, not a wrapper: grpc-js runs it inside the call, in the caller's context,
 * so the OpenTelemetry client span and its propagation are untouched.
 */
export function defaultDeadline(deadlineMs: number): Interceptor {
  return (options, nextCall) => {
    const streaming = options.method_definition.responseStream;
    const deadline = options.deadline ?? (streaming ? undefined : new Date(Date.now() + deadlineMs));
    return new InterceptingCall(nextCall(deadline === undefined ? options : { ...options, deadline }));
  };
}
