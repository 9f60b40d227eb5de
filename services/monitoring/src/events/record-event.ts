import type { Orm } from '@sluice/db';
import type { CloudEvent } from '@sluice/messaging';
import type { EventEffects } from '../domain/event-effects.ts';
import { addToMinutes } from '../store/add-to-minutes.ts';
import { addToTotals } from '../store/add-to-totals.ts';
import { markProcessed } from '../store/mark-processed.ts';

/**
 * Applies an event's effects exactly once: its id and its counts commit in one transaction,
 * so a redelivery (after a crash between commit and ack, or an ack that got lost) finds the
 * id and changes nothing. False when the event had already been counted.
 */
export function recordEvent(orm: Orm, event: CloudEvent, effects: EventEffects): Promise<boolean> {
  return orm.em.fork().transactional(async (tx) => {
    if (!(await markProcessed(tx, event.source, event.id))) return false;
    await addToTotals(tx, effects.series);
    await addToMinutes(tx, effects.minutes);
    return true;
  });
}
