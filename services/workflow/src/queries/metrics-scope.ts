/** What every metrics query is scoped to: one tenant, optionally one type, and a window [since, now). */
export interface MetricsScope {
  readonly tenantId: string;
  readonly type: string | null;
  readonly since: Date;
}

/**
 * The scope's parameters in the order the queries' `scope` CTE takes them. Each query starts
 * `with scope as (select ? as tenant_id, ?::text as type, ?::timestamptz as since)` so the
 * three values are bound once, however often the query uses them.
 */
export const SCOPE_CTE = 'scope as (select ?::text as tenant_id, ?::text as type, ?::timestamptz as since)';

export function scopeParams(scope: MetricsScope): unknown[] {
  return [scope.tenantId, scope.type, scope.since.toISOString()];
}

/** The join condition restricting `w` (workflows) to the scope's tenant and type. */
export const IN_SCOPE = 'w.tenant_id = scope.tenant_id and (scope.type is null or w.type = scope.type)';
