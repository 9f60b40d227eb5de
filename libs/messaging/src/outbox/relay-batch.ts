import type { JetStreamClient } from '@nats-io/jetstream';
import type { Orm } from '@sluice/db';
import { publishBatches } from './publish-entries.ts';
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
 * One relay round, in one transaction: lock a batch, publish every row (pipelined, see
 * `publishEntries`), delete what was published, count the failures, commit. A row whose
 * publish fails stays for the next round. A crash between publish and commit leaves published
 * rows behind; their re-publish carries the same Nats-Msg-Id and JetStream drops it within its
 * duplicate window (at-least-once, de-duplicated). `minAgeMs` leaves younger rows alone.
 */
export async function relayBatch(orm: Orm, js: JetStreamClient, batchSize: number, minAgeMs = 0): Promise<BatchResult> {
  return orm.em.fork().transactional(async (tx) => {
    const rows = await selectOutboxBatch(tx, batchSize, minAgeMs);
    const { published, failed } = await publishBatches(js, rows);
    await deleteOutboxRows(tx, published);
    await recordOutboxFailure(tx, failed.map((f) => f.rowId));
    const result = { selected: rows.length, published: published.length };
    return failed.length === 0 ? result : { ...result, error: failed[0]!.error };
  });
}
