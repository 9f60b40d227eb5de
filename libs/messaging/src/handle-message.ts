import { context as otelContext, ROOT_CONTEXT, trace, SpanKind, SpanStatusCode, type Context, type Span } from '@opentelemetry/api';
import type { JsMsg } from '@nats-io/jetstream';
import type { Logger } from '@sluice/logging';
import { extractTraceContext } from '@sluice/telemetry';
import { parseCloudEvent, type CloudEvent } from './cloud-event.ts';
import { ATTR, tracer } from './semconv.ts';

/** What a handler learns about the message besides the event. */
export interface MessageContext {
  readonly natsSubject: string;
  /** The trace context of this message's CONSUMER span; pass it on to what the handler calls. */
  readonly ctx: Context;
  /** 1 on the first delivery. */
  readonly deliveryCount: number;
  readonly streamSequence: number;
  /** Extends the ack deadline; done every ackWait/2 already while the handler runs. */
  working(): void;
}

/**
 * Handles one event. Resolve to ack; throw to have it redelivered later. `data` has not been
 * validated: check it against the event type's schema. Delivery is at least once, so a
 * handler must be idempotent (the event id is a natural de-duplication key).
 */
export type EventHandler<T = unknown> = (event: CloudEvent<T>, meta: MessageContext) => Promise<void>;

export interface HandleOptions<T> {
  readonly durable: string;
  readonly handler: EventHandler<T>;
  readonly log: Logger;
  readonly ackWaitMs: number;
  /** -1: unlimited (JetStream's own convention). */
  readonly maxDeliver: number;
  readonly retryDelayMs: (deliveryCount: number) => number;
}

/**
 * Runs the handler for one JetStream message inside a CONSUMER span `process <subject>` whose
 * parent is the trace context from the message headers, then settles the message: ack on
 * success, nak with a delay on failure, term when it is not a CloudEvent (it never will be,
 * so redelivering it would only repeat the failure until max deliver). Never throws.
 */
export async function handleMessage<T>(msg: JsMsg, options: HandleOptions<T>): Promise<void> {
  const parent = extractTraceContext(msg.headers, ROOT_CONTEXT);
  const deliveryCount = msg.info.deliveryCount;
  const span = tracer().startSpan(
    `process ${msg.subject}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        [ATTR.SYSTEM]: 'nats',
        [ATTR.OPERATION_TYPE]: 'process',
        [ATTR.OPERATION_NAME]: 'process',
        [ATTR.DESTINATION]: msg.subject,
        [ATTR.CONSUMER_GROUP]: options.durable,
        [ATTR.SUBSCRIPTION]: options.durable,
        [ATTR.BODY_SIZE]: msg.data.length,
        [ATTR.DELIVERY_COUNT]: deliveryCount,
      },
    },
    parent,
  );
  const ctx = trace.setSpan(parent, span);
  const fields = { natsSubject: msg.subject, seq: msg.seq, deliveryCount, durable: options.durable };
  let event: CloudEvent<T>;
  try {
    event = parseCloudEvent(msg.data) as CloudEvent<T>;
  } catch (err) {
    options.log.error({ ...fields, reason: (err as Error).message }, 'malformed message terminated');
    fail(span, err);
    // No reason text: `+TERM <reason>` is a NATS 2.10 addition that 2.9 ignores (the message
    // would stay pending and come back after its ack wait).
    msg.term();
    span.end();
    return;
  }
  span.setAttributes({ [ATTR.MESSAGE_ID]: event.id, [ATTR.EVENT_ID]: event.id, [ATTR.EVENT_TYPE]: event.type, [ATTR.EVENT_SOURCE]: event.source });
  const keepAlive = setInterval(() => msg.working(), Math.max(1_000, options.ackWaitMs / 2));
  try {
    const meta: MessageContext = { natsSubject: msg.subject, ctx, deliveryCount, streamSequence: msg.seq, working: () => msg.working() };
    await otelContext.with(ctx, () => options.handler(event, meta));
    msg.ack();
  } catch (err) {
    fail(span, err);
    if (options.maxDeliver > 0 && deliveryCount >= options.maxDeliver) {
      options.log.error({ ...fields, eventId: event.id, err }, 'handler failed on the last delivery, message dropped');
      msg.term();
    } else {
      const delayMs = options.retryDelayMs(deliveryCount);
      options.log.warn({ ...fields, eventId: event.id, delayMs, err }, 'handler failed, message will be redelivered');
      msg.nak(delayMs);
    }
  } finally {
    clearInterval(keepAlive);
    span.end();
  }
}

function fail(span: Span, err: unknown): void {
  span.recordException(err instanceof Error ? err : String(err));
  span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
}
