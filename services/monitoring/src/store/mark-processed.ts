import type { EntityManager } from '@sluice/db';
import { queryOne } from './sql.ts';

/**
 * Records that an event is being counted; false when it already was. A concurrent delivery of
 * the same event waits on the primary key until the first transaction ends, then sees it.
 */
export async function markProcessed(tx: EntityManager, source: string, eventId: string): Promise<boolean> {
  const row = await queryOne(tx, 'insert into processed_events (source, event_id) values (?, ?) on conflict do nothing returning event_id', [source, eventId]);
  return row !== null;
}
