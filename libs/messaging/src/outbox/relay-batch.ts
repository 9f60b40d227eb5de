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
  /** The first failure of the round; the rows that failed stay for the next one. */
  readonly error?: unknown;
}

/**
 * One relay round, in one transaction: lock a batch, publish every row (each under the trace
 * context stored with it), delete what was published, commit. The publishes are pipelined on
 * the one NATS connection: written in the rows' order, so JetStream stores them in that order,
 * and their acks awaited together. A row whose publish fails stays (its attempts counted) for
 * the next round. A crash between publish and commit leaves published rows behind; their
 * re-publish carries the same Nats-Msg-Id and JetStream drops it within its duplicate window
 * (at-least-once, de-duplicated).
 */
export async function relayBatch(orm: Orm, js: JetStreamClient, batchSize: number, log: Logger, minAgeMs = 0): Promise<BatchResult> {
  return orm.em.fork().transactional(async (tx) => {
    const rows = await selectOutboxBatch(tx, batchSize, minAgeMs);
    const outcomes = await Promise.allSettled(rows.map((row) => publishEvent(js, row.subject, row.payload, contextFromCarrier(row.trace, ROOT_CONTEXT))));
    const published: string[] = [];
    const failed: string[] = [];
    let error: unknown;
    outcomes.forEach((outcome, i) => {
      const row = rows[i]!;
      if (outcome.status === 'fulfilled') {
        if (outcome.value.duplicate) log.debug({ eventId: row.id, natsSubject: row.subject }, 'outbox message was already published');
        published.push(row.id);
      } else {
        error ??= outcome.reason;
        failed.push(row.id);
      }
    });
    await deleteOutboxRows(tx, published);
    await recordOutboxFailure(tx, failed);
    return error === undefined ? { selected: rows.length, published: published.length } : { selected: rows.length, published: published.length, error };
  });
}
