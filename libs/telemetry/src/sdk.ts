import { NodeSDK } from '@opentelemetry/sdk-node';
import { GrpcInstrumentation } from '@opentelemetry/instrumentation-grpc';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { KoaInstrumentation } from '@opentelemetry/instrumentation-koa';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import type { SpanProcessor } from '@opentelemetry/sdk-trace';

export interface TelemetryOptions {
  /** service.name, unless OTEL_SERVICE_NAME says otherwise. */
  readonly serviceName: string;
  /**
   * Extra span processors (tests pass an in-memory exporter). When omitted, NodeSDK builds the
   * exporter from the standard OTEL_* variables (OTEL_TRACES_EXPORTER, OTEL_EXPORTER_OTLP_*).
   */
  readonly spanProcessors?: SpanProcessor[];
}

export interface Telemetry {
  shutdown(): Promise<void>;
}

/**
 * Starts the process-wide OpenTelemetry SDK with the instrumentations Sluice relies on:
 * http (incoming and outgoing), koa, grpc and pg. Call it before anything imports those
 * modules (see register.ts), and shut it down last.
 */
export function startTelemetry(options: TelemetryOptions): Telemetry {
  process.env.OTEL_SERVICE_NAME ??= options.serviceName;
  // Only traces are exported; metrics go out through each service's /metrics (prom-client).
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  const sdk = new NodeSDK({
    ...(options.spanProcessors === undefined ? {} : { spanProcessors: options.spanProcessors }),
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => OPS_PATHS.has(req.url ?? '') }),
      new KoaInstrumentation(),
      new GrpcInstrumentation({ ignoreGrpcMethods: [/^Check$/, /^Watch$/, /ServerReflectionInfo/] }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  let stopping: Promise<void> | undefined;
  return {
    shutdown: () => (stopping ??= sdk.shutdown()),
  };
}

// Probes and scrapes would otherwise fill the trace store with one-span traces.
const OPS_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
