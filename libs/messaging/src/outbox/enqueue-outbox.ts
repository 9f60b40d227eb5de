import { context as otelContext, type Context } from '@opentelemetry/api';
import type { EntityManager } from '@sluice/db';
import { traceCarrier } from '@sluice/telemetry';
import type { CloudEvent } from '../cloud-event.ts';
import { OutboxMessage } from './outbox-message.ts';

/**
 * Adds `event` to the outbox of `em`'s unit of work; it is written by the caller's next
 * flush, which is what makes the message and the change it announces commit or roll back
 * together. This function does not flush: call it inside `em.transactional(...)` (which
 * flushes before commit) or flush yourself in the same transaction. A row of a rolled-back
 * transaction is never published. The trace context (`ctx`, default the active one) is
 * stored with the row so that the relay's publish continues the writer's trace.
 * Then `relay.nudge()` after the commit publishes it without waiting for the next poll.
 */
export function enqueueOutbox(em: EntityManager, natsSubject: string, event: CloudEvent, ctx: Context = otelContext.active()): void {
  em.persist(em.create(OutboxMessage, { id: event.id, subject: natsSubject, payload: event, trace: traceCarrier(ctx), attempts: 0 }));
}
