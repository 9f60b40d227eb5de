import { ROOT_CONTEXT } from '@opentelemetry/api';
import type { JetStreamClient } from '@nats-io/jetstream';
import type { Orm } from '@sluice/db';
import type { Logger } from '@sluice/logging';
import { contextFromCarrier } from '@sluice/telemetry';
import { publishEvent } from '../publish-event.ts';
import { selectOutboxBatch } from './select-outbox-batch.ts';
import { deleteOutboxRows } from './delete-outbox-rows.ts';
import { recordOutboxFailure } from './record-outbox-failure.ts';

export interface BatchResult {
  /** Rows locked this round. */
  readonly selected: number;
  readonly published: number;
  /** Why the round stopped early; the failed row and those after it stay for the next one. */
  readonly error?: unknown;
}

/**
 * One relay round, in one transaction: lock a batch, publish each row in order (each under
 * the trace context stored with it), delete what was published, commit. A publish failure
 * ends the round: published rows are still deleted, the rest stay. A crash between publish
 * and commit leaves published rows behind; their re-publish carries the same Nats-Msg-Id and
 * JetStream drops it within its duplicate window (at-least-once, de-duplicated).
 */
export async function relayBatch(orm: Orm, js: JetStreamClient, batchSize: number, log: Logger): Promise<BatchResult> {
  return orm.em.fork().transactional(async (tx) => {
    const rows = await selectOutboxBatch(tx, batchSize);
    const published: string[] = [];
    let error: unknown;
    for (const row of rows) {
      try {
        const ack = await publishEvent(js, row.subject, row.payload, contextFromCarrier(row.trace, ROOT_CONTEXT));
        if (ack.duplicate) log.debug({ eventId: row.id, natsSubject: row.subject }, 'outbox message was already published');
        published.push(row.id);
      } catch (err) {
        error = err;
        await recordOutboxFailure(tx, row.id);
        break;
      }
    }
    await deleteOutboxRows(tx, published);
    return error === undefined ? { selected: rows.length, published: published.length } : { selected: rows.length, published: published.length, error };
  });
}
