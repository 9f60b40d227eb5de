import { NodeSDK } from '@opentelemetry/sdk-node';
import { GrpcInstrumentation } from '@opentelemetry/instrumentation-grpc';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { KoaInstrumentation } from '@opentelemetry/instrumentation-koa';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { SamplingDecision, type Sampler, type SpanProcessor } from '@opentelemetry/sdk-trace';

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
  const exporting = options.spanProcessors !== undefined || exportConfigured(process.env);
  const sdk = new NodeSDK({
    spanProcessors: options.spanProcessors ?? (exporting ? undefined : [NOWHERE]),
    ...(exporting ? {} : { sampler: IDS_ONLY }),
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => OPS_PATHS.has(req.url ?? '') }),
      new KoaInstrumentation(),
      new GrpcInstrumentation({ ignoreGrpcMethods: [/^Check$/, /^Watch$/, /ServerReflectionInfo/] }),
      // Query spans are leaves: without an exporter nothing would read them, and wrapping every
      // query was about 5 % of the workflow service's CPU under load (bench/README.md). The
      // instrumentations that carry the trace between processes (http, koa, grpc) always run.
      ...(exporting ? [new PgInstrumentation({ enhancedDatabaseReporting: false })] : []),
    ],
  });
  sdk.start();
  let stopping: Promise<void> | undefined;
  return {
    // A collector that has gone away must not hold the process: give the flush 5 s at most.
    shutdown: () => (stopping ??= Promise.race([sdk.shutdown(), new Promise<void>((resolve) => setTimeout(resolve, 5000).unref())])),
  };
}

// Probes and scrapes would otherwise fill the trace store with one-span traces.
const OPS_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * True when the standard variables ask for an exporter. Without one, a tracer provider is still
 * installed (so logs and error bodies carry trace ids, and traceparent still travels) but spans
 * are not recorded (`IDS_ONLY`) and go nowhere: NodeSDK would otherwise either install no
 * tracer provider at all (OTEL_TRACES_EXPORTER=none: every trace id is zero) or export to
 * localhost:4318, retrying against nothing and stalling shutdown.
 */
function exportConfigured(env: NodeJS.ProcessEnv): boolean {
  return env.OTEL_TRACES_EXPORTER !== undefined || env.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT !== undefined;
}

/**
 * Spans nobody will see are not recorded: each is a span context (trace and span ids, for logs,
 * error bodies and propagation) without attributes, events or timing, which costs a fraction
 * of a recorded span on every query, call and publish. Propagated as not sampled.
 */
const IDS_ONLY: Sampler = {
  shouldSample: () => ({ decision: SamplingDecision.NOT_RECORD }),
  toString: () => 'IdsOnly',
};

const NOWHERE: SpanProcessor = {
  onStart: () => undefined,
  onEnd: () => undefined,
  forceFlush: async () => undefined,
  shutdown: async () => undefined,
};
