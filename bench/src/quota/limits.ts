import type { Limit } from '@sluice/contracts';

/** The one limit each quota workload puts on its resource, for Sluice (DefineLimit) and the naive server alike. */
export interface BenchLimit {
  readonly resource: string;
  /** GLOBAL: one counter; TENANT: one counter per tenant. */
  readonly scope: 'GLOBAL' | 'TENANT';
  readonly window: 'ROLLING' | 'FIXED';
  /** Requests per window (ROLLING: GCRA with burst = amount, the providers' bucket). */
  readonly amount: number;
  readonly windowMs: number;
  /** ROLLING: units at once; default amount. */
  readonly burst?: number;
}

/** Never binding at any rate this machine reaches: the throughput scenarios measure the decision, not the limit. */
export const UNBOUNDED = 1_000_000_000;

export const HOT_LIMIT: BenchLimit = { resource: 'bench/hot', scope: 'GLOBAL', window: 'ROLLING', amount: UNBOUNDED, windowMs: 1_000 };
export const SPREAD_LIMIT: BenchLimit = { resource: 'bench/spread', scope: 'TENANT', window: 'ROLLING', amount: UNBOUNDED, windowMs: 1_000 };
export const SPREAD_TENANTS = 100;

/** The limit as the quota service's DefineLimit takes it. */
export function limitMessage(l: BenchLimit): Limit {
  return {
    resource: l.resource,
    name: 'requests',
    unit: 'QUOTA_UNIT_REQUESTS',
    scope: `QUOTA_SCOPE_${l.scope}`,
    amount: String(l.amount),
    window: `QUOTA_WINDOW_${l.window}`,
    window_ms: String(l.windowMs),
    ...(l.burst === undefined ? {} : { burst: String(l.burst) }),
  };
}
