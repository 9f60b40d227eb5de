import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne } from './sql.ts';

/**
 * Stores a signal; with an idempotency key, a repeat is not stored again. Returns whether this
 * call stored it.
 */
export async function insertSignal(em: EntityManager, s: { workflowId: string; name: string; payload: unknown; idempotencyKey: string | null; actor: string }): Promise<boolean> {
  const row = await queryOne<{ id: string }>(
    em,
    `insert into workflow_signals (workflow_id, name, payload, idempotency_key, actor) values (?, ?, ?::jsonb, ?, ?)
     on conflict (workflow_id, idempotency_key) do nothing returning id`,
    [s.workflowId, s.name, JSON.stringify(s.payload ?? null), s.idempotencyKey, s.actor],
  );
  return row !== null;
}

/** Every signal of each workflow as { name: payload } (the latest per name), in one statement; a workflow without signals is absent. */
export async function signalsOfMany(em: EntityManager, workflowIds: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
  const rows = await query<{ workflow_id: string; name: string; payload: unknown }>(
    em,
    'select workflow_id, name, payload from workflow_signals where workflow_id = any(?::uuid[]) order by id',
    [workflowIds],
  );
  const byWorkflow = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    const signals = byWorkflow.get(r.workflow_id) ?? {};
    signals[r.name] = r.payload;
    byWorkflow.set(r.workflow_id, signals);
  }
  return byWorkflow;
}
