import { context as otelContext, trace, SpanKind, SpanStatusCode, type Context } from '@opentelemetry/api';
import type { JetStreamClient, PubAck } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { injectTraceHeaders } from '@sluice/telemetry';
import type { CloudEvent } from './cloud-event.ts';
import { ATTR, tracer } from './semconv.ts';
import { ackPublisherOf } from './ack-publisher.ts';

/**
 * Publishes a CloudEvent to JetStream and waits for the stream's ack. The event id is the
 * `Nats-Msg-Id`, so JetStream drops a second publish of the same event within the stream's
 * duplicate window (the ack then says `duplicate: true`). A PRODUCER span `publish <subject>`
 * is made under `ctx` (default: the active context), and its W3C `traceparent` travels in the
 * message headers. NATS errors (timeout, no stream for the subject) are thrown as they are.
 */
export async function publishEvent(js: JetStreamClient, natsSubject: string, event: CloudEvent, ctx: Context = otelContext.active()): Promise<PubAck> {
  const body = JSON.stringify(event);
  const span = tracer().startSpan(`publish ${natsSubject}`, { kind: SpanKind.PRODUCER }, ctx);
  // Attributes only for a span that records them (without an exporter none does, and the body
  // size alone meant encoding every event twice).
  if (span.isRecording()) {
    span.setAttributes({
      [ATTR.SYSTEM]: 'nats',
      [ATTR.OPERATION_TYPE]: 'send',
      [ATTR.OPERATION_NAME]: 'publish',
      [ATTR.DESTINATION]: natsSubject,
      [ATTR.MESSAGE_ID]: event.id,
      [ATTR.BODY_SIZE]: Buffer.byteLength(body),
      [ATTR.EVENT_ID]: event.id,
      [ATTR.EVENT_TYPE]: event.type,
      [ATTR.EVENT_SOURCE]: event.source,
      [ATTR.EVENT_SUBJECT]: event.subject,
    });
  }
  try {
    const hdrs = headers();
    injectTraceHeaders(hdrs, trace.setSpan(ctx, span));
    hdrs.set('Nats-Msg-Id', event.id);
    const publisher = ackPublisherOf(js);
    const ack = publisher === undefined ? await js.publish(natsSubject, body, { headers: hdrs }) : await publisher.publish(natsSubject, body, hdrs);
    span.setAttribute(ATTR.DUPLICATE, ack.duplicate);
    return ack;
  } catch (err) {
    span.recordException(err as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
    throw err;
  } finally {
    span.end();
  }
}
