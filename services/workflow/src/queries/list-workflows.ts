import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../store/sql.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { WorkflowState } from '../domain/states.ts';

export interface WorkflowFilter {
  readonly tenantId: string;
  /** Any of these; empty = all. */
  readonly states: readonly WorkflowState[];
  readonly type: string | null;
  readonly currentStage: string | null;
  /** Inclusive. */
  readonly createdAfter: Date | null;
  /** Exclusive. */
  readonly createdBefore: Date | null;
}

/** Where the previous page ended: its last row's created_at (µs since the epoch) and id. */
export interface ListPosition {
  readonly createdMicros: string;
  readonly id: string;
}

export interface ListedWorkflow extends WorkflowRow {
  /** created_at in µs since the epoch, exact: the keyset needs the stored value, and a JS Date keeps only ms. */
  created_micros: string;
}

/**
 * One page of a tenant's workflows, newest first, by keyset on (created_at, id) so that a page
 * never repeats or skips a row when workflows are created between requests (new rows sort
 * before the cursor). Served by the index workflows_tenant_created.
 */
export function listWorkflows(em: EntityManager, filter: WorkflowFilter, after: ListPosition | null, limit: number): Promise<ListedWorkflow[]> {
  const where = ['tenant_id = ?'];
  const params: unknown[] = [filter.tenantId];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (filter.states.length > 0) add(`state in (${filter.states.map(() => '?').join(', ')})`, ...filter.states);
  if (filter.type !== null) add('type = ?', filter.type);
  if (filter.currentStage !== null) add('current_stage = ?', filter.currentStage);
  if (filter.createdAfter !== null) add('created_at >= ?::timestamptz', filter.createdAfter.toISOString());
  if (filter.createdBefore !== null) add('created_at < ?::timestamptz', filter.createdBefore.toISOString());
  if (after !== null) {
    add(`(created_at, id) < (timestamptz 'epoch' + ?::bigint * interval '1 microsecond', ?::uuid)`, after.createdMicros, after.id);
  }
  return query<ListedWorkflow>(
    em,
    `select *, (extract(epoch from created_at) * 1000000)::bigint::text as created_micros
     from workflows where ${where.join(' and ')}
     order by created_at desc, id desc limit ?`,
    [...params, limit],
  );
}
