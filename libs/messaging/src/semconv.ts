import { trace, type Tracer } from '@opentelemetry/api';

/** Instrumentation scope of every span this library makes. */
export const TRACER_NAME = 'sluice-messaging';

export function tracer(): Tracer {
  // Looked up per use, not at import: the SDK may be registered after this module loads.
  return trace.getTracer(TRACER_NAME);
}

// OpenTelemetry messaging semantic conventions (semconv 1.27+) and the CloudEvents ones;
// spelled out here rather than importing @opentelemetry/semantic-conventions' incubating entry.
export const ATTR = {
  SYSTEM: 'messaging.system',
  OPERATION_TYPE: 'messaging.operation.type',
  OPERATION_NAME: 'messaging.operation.name',
  DESTINATION: 'messaging.destination.name',
  MESSAGE_ID: 'messaging.message.id',
  BODY_SIZE: 'messaging.message.body.size',
  CONSUMER_GROUP: 'messaging.consumer.group.name',
  SUBSCRIPTION: 'messaging.destination.subscription.name',
  DELIVERY_COUNT: 'messaging.nats.delivery_count',
  DUPLICATE: 'messaging.nats.duplicate',
  EVENT_ID: 'cloudevents.event_id',
  EVENT_TYPE: 'cloudevents.event_type',
  EVENT_SOURCE: 'cloudevents.event_source',
  EVENT_SUBJECT: 'cloudevents.event_subject',
} as const;
