import { LimitScope, type Limit } from './limit.ts';

/** Who is spending: the scope keys of an acquire. */
export interface Spender {
  readonly tenantId: string;
  /** "" = none: API_KEY limits do not apply. */
  readonly apiKey: string;
  /** "" = none: WORKFLOW_TYPE limits do not apply. */
  readonly workflowType: string;
}

/** A limit that applies to a request, and the counter it charges. */
export interface Applied {
  readonly limit: Limit;
  /** "" (GLOBAL), the tenant, "tenant/key" or "tenant/type". */
  readonly partition: string;
}

/**
 * The limits a request must pass, one per limit name: a tenant's own limit (or one for a
 * single key or workflow type) replaces the default of the same name, the most specific
 * winning (Envoy's `replaces`, by name). Counters are per tenant below GLOBAL, so tenants
 * never share one unless the limit is GLOBAL.
 */
export function applicableLimits(limits: readonly Limit[], who: Spender): Applied[] {
  const best = new Map<string, { applied: Applied; rank: number }>();
  for (const limit of limits) {
    const applied = match(limit, who);
    if (applied === null) continue;
    const rank = (limit.tenantId === '' ? 0 : 2) + (limit.subject === '' ? 0 : 1);
    const seen = best.get(limit.name);
    if (seen === undefined || rank > seen.rank) best.set(limit.name, { applied, rank });
  }
  return [...best.values()].map((b) => b.applied);
}

function match(limit: Limit, who: Spender): Applied | null {
  if (limit.tenantId !== '' && limit.tenantId !== who.tenantId) return null;
  switch (limit.scope) {
    case LimitScope.GLOBAL:
      return { limit, partition: '' };
    case LimitScope.TENANT:
      return { limit, partition: who.tenantId };
    case LimitScope.API_KEY:
      if (who.apiKey === '' || (limit.subject !== '' && limit.subject !== who.apiKey)) return null;
      return { limit, partition: `${who.tenantId}/${who.apiKey}` };
    case LimitScope.WORKFLOW_TYPE:
      if (who.workflowType === '' || (limit.subject !== '' && limit.subject !== who.workflowType)) return null;
      return { limit, partition: `${who.tenantId}/${who.workflowType}` };
  }
}
