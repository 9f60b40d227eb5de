import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne } from './sql.ts';
import type { DefinitionRow, WorkflowRow } from './rows.ts';
import type { StageSpec } from '../domain/definition.ts';
import { advisoryXactLock } from '@sluice/db';

export interface ClaimLimits {
  /** Attempts of this stage running at once, all tenants; 0 = unlimited. */
  readonly stage: number;
  /** Attempts of this workflow type running at once, all tenants; 0 = unlimited. */
  readonly type: number;
  /** Attempts of this workflow type running at once for one tenant; 0 = unlimited. */
  readonly perTenant: number;
}

/** A picked attempt (id and stage index) with its whole workflow row, both locked, and the workflow's signals. */
export interface QueuedPick extends WorkflowRow {
  readonly attempt_id: string;
  readonly attempt_stage_index: number;
  /** Every signal the workflow has received, { name: payload } (the latest per name). */
  readonly attempt_signals: Record<string, unknown>;
}

/** The limits on the attempts of one stage: its own, its type's and its type's per tenant. */
export const limitsOf = (definition: Pick<DefinitionRow, 'options'>, stage: Pick<StageSpec, 'maxConcurrency'>): ClaimLimits => ({
  stage: stage.maxConcurrency,
  type: definition.options.maxConcurrency ?? 0,
  perTenant: definition.options.maxConcurrencyPerTenant ?? 0,
});

/** Whether any of the limits is set (claims must then count running attempts first). */
export const hasLimit = (l: ClaimLimits): boolean => l.stage > 0 || l.type > 0 || l.perTenant > 0;

/**
 * Up to `max` queued attempts of (type, stage) to run next: highest priority, then oldest,
 * whose workflow is QUEUED; each attempt and its workflow locked (SKIP LOCKED: concurrent
 * claims take different rows, and a workflow a command holds is passed over, not waited for).
 * Within the limits: with one set, claims of the type are serialised first (advisory lock),
 * so that two claims cannot both see room for one more, and the picks stop where the room does.
 */
export async function lockQueuedAttempts(em: EntityManager, type: string, stage: string, max: number, limits: ClaimLimits): Promise<QueuedPick[]> {
  let room = max;
  if (hasLimit(limits)) {
    await advisoryXactLock(em, `sluice.claim.${type}`);
    const running = await queryOne<{ stage: number; type: number }>(
      em,
      "select count(*) filter (where stage = ?)::int as stage, count(*)::int as type from stage_attempts where state = 'RUNNING' and workflow_type = ?",
      [stage, type],
    );
    if (limits.stage > 0) room = Math.min(room, limits.stage - running!.stage);
    if (limits.type > 0) room = Math.min(room, limits.type - running!.type);
  }
  if (room <= 0) return [];
  const picks = await query<QueuedPick>(
    em,
    `select a.id as attempt_id, a.stage_index as attempt_stage_index, w.*,
       coalesce((select jsonb_object_agg(s.name, s.payload order by s.id) from workflow_signals s where s.workflow_id = w.id), '{}'::jsonb) as attempt_signals
     from stage_attempts a join workflows w on w.id = a.workflow_id
     where a.state = 'QUEUED' and a.workflow_type = ? and a.stage = ? and w.state = 'QUEUED'
       and (?::int = 0 or (select count(*) from stage_attempts r where r.state = 'RUNNING' and r.workflow_type = a.workflow_type and r.tenant_id = a.tenant_id) < ?::int)
     order by a.priority desc, a.created_at
     limit ?
     for update of a, w skip locked`,
    [type, stage, limits.perTenant, limits.perTenant, room],
  );
  return limits.perTenant > 0 ? await withinTenantLimit(em, type, picks, limits.perTenant) : picks;
}

/** The picks in order, each tenant taking no more than its remaining room. */
async function withinTenantLimit(em: EntityManager, type: string, picks: QueuedPick[], limit: number): Promise<QueuedPick[]> {
  const tenants = [...new Set(picks.map((p) => p.tenant_id))];
  const rows = await query<{ tenant_id: string; running: number }>(
    em,
    "select tenant_id, count(*)::int as running from stage_attempts where state = 'RUNNING' and workflow_type = ? and tenant_id = any(?::text[]) group by tenant_id",
    [type, tenants],
  );
  const taken = new Map(rows.map((r) => [r.tenant_id, r.running]));
  return picks.filter((p) => {
    const n = taken.get(p.tenant_id) ?? 0;
    if (n >= limit) return false;
    taken.set(p.tenant_id, n + 1);
    return true;
  });
}

export async function anyQueued(em: EntityManager, type: string, stage: string): Promise<boolean> {
  const row = await queryOne<{ queued: boolean }>(em, "select exists (select 1 from stage_attempts where state = 'QUEUED' and workflow_type = ? and stage = ?) as queued", [type, stage]);
  return row?.queued === true;
}
