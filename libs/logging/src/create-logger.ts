import { trace, isSpanContextValid } from '@opentelemetry/api';
import { pino, type Logger, type DestinationStream } from 'pino';

export interface LoggerOptions {
  /** The service (or worker) name, on every line as `service`. */
  readonly service: string;
  readonly level?: string;
  /** Where lines go; stdout when omitted. Tests pass a stream to read them back. */
  readonly destination?: DestinationStream;
}

/**
 * A pino JSON logger whose every line carries the active span's `trace_id` and `span_id`,
 * so a log line can be found from a trace and the other way round.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: traceFields,
    },
    options.destination,
  );
}

function traceFields(): Record<string, string> {
  const context = trace.getActiveSpan()?.spanContext();
  if (context === undefined || !isSpanContextValid(context)) return {};
  return { trace_id: context.traceId, span_id: context.spanId };
}
