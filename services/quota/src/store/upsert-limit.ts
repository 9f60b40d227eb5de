import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@sluice/db';
import { SluiceError } from '@sluice/errors';
import type { LimitSpec } from '../domain/limit.ts';
import { queryOne } from './sql.ts';
import type { LimitRow } from './rows.ts';

/**
 * Creates the limit, or replaces the one with the same (resource, name, tenant, subject); one
 * statement, so replicas may race. The resource must exist: FAILED_PRECONDITION otherwise.
 * A changed limit applies from the next decision (counters keep what was charged).
 */
export async function upsertLimit(em: EntityManager, spec: LimitSpec): Promise<LimitRow> {
  const row = await queryOne<LimitRow>(
    em,
    `insert into limits (id, resource, name, unit, scope, tenant_id, subject, amount, window_kind, window_ms, calendar_unit, time_zone, burst, description)
     select ?, ?, ?, ?, ?, ?, ?, ?::bigint, ?, ?, ?, ?, ?::bigint, ? where exists (select 1 from resources where name = ?)
     on conflict on constraint limits_natural_key do update set
       unit = excluded.unit, scope = excluded.scope, amount = excluded.amount, window_kind = excluded.window_kind,
       window_ms = excluded.window_ms, calendar_unit = excluded.calendar_unit, time_zone = excluded.time_zone,
       burst = excluded.burst, description = excluded.description, updated_at = now()
     returning *`,
    [
      randomUUID(), spec.resource, spec.name, spec.unit, spec.scope, spec.tenantId, spec.subject, spec.amount, spec.window, spec.windowMs,
      spec.calendarUnit, spec.timeZone, spec.burst, spec.description, spec.resource,
    ],
  );
  if (row === null) {
    throw SluiceError.failedPrecondition(`limit.resource ${JSON.stringify(spec.resource)} does not exist: create it first (PutResource)`, { field: 'limit.resource' });
  }
  return row;
}

/** Deletes one limit by id (its counters go with it); a tenant may only delete the global and its own. */
export async function deleteLimit(em: EntityManager, id: string): Promise<boolean> {
  const row = await queryOne(em, 'delete from limits where id = ? returning id', [id]);
  return row !== null;
}
