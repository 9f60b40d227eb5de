import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@sluice/db';
import type { LimitSpec } from '../domain/limit.ts';
import { queryOne } from './sql.ts';
import type { LimitRow } from './rows.ts';

/** Creates the limit, or replaces the one with the same (resource, unit, scope, tenant, key); one statement, so replicas may race. */
export async function upsertLimit(em: EntityManager, spec: LimitSpec): Promise<LimitRow> {
  const row = await queryOne<LimitRow>(
    em,
    `insert into limits (id, resource, unit, scope, tenant_id, key, amount, window_kind, window_ms, description)
     values (?, ?, ?, ?, ?, ?, ?::bigint, ?, ?, ?)
     on conflict on constraint limits_natural_key do update set
       amount = excluded.amount, window_kind = excluded.window_kind, window_ms = excluded.window_ms,
       description = excluded.description, updated_at = now()
     returning *`,
    [randomUUID(), spec.resource, spec.unit, spec.scope, spec.tenantId, spec.key, spec.amount, spec.window, spec.windowMs, spec.description],
  );
  return row!;
}
