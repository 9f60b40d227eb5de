import type { Attributes } from '@opentelemetry/api';

/**
 * The name and attributes of the span a unary call of `service/method` would have had, for a
 * call carried as a message on a long-lived stream (the OpenTelemetry grpc instrumentation
 * sees only the stream): both ends open one, so a trace still shows the call.
 *
 * ```ts
 * const { name, attributes } = streamedCallSpan('sluice.workflow.v1.WorkflowService', 'CompleteStages', 'WorkerSession');
 * tracer.startSpan(name, { kind: SpanKind.CLIENT, attributes });
 * ```
 */
export function streamedCallSpan(service: string, method: string, stream: string): { readonly name: string; readonly attributes: Attributes } {
  return {
    name: `grpc.${service}/${method}`,
    attributes: { 'rpc.system': 'grpc', 'rpc.service': service, 'rpc.method': method, 'sluice.transport': stream },
  };
}
