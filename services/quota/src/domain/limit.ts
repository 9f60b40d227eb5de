/**
 * A limit as the quota service keeps it. Units, scopes and windows are stored by their short
 * names (TOKENS, TENANT, FIXED); the wire carries the proto enum names (QUOTA_UNIT_TOKENS).
 */
export const LimitUnit = {
  REQUESTS: 'REQUESTS',
  TOKENS: 'TOKENS',
  COST_MICROS: 'COST_MICROS',
  BYTES: 'BYTES',
} as const;
export type LimitUnit = (typeof LimitUnit)[keyof typeof LimitUnit];

export const LimitScope = {
  /** One counter for the whole platform (the upstream API's limit on our account). */
  GLOBAL: 'GLOBAL',
  TENANT: 'TENANT',
  KEY: 'KEY',
} as const;
export type LimitScope = (typeof LimitScope)[keyof typeof LimitScope];

export const LimitWindow = {
  FIXED: 'FIXED',
  SLIDING: 'SLIDING',
  /** No time window: units are held from grant to commit or refund. */
  CONCURRENT: 'CONCURRENT',
} as const;
export type LimitWindow = (typeof LimitWindow)[keyof typeof LimitWindow];

/** The longest window a limit may have: a year (calendar-month API quotas fit well inside). */
export const MAX_WINDOW_MS = 366 * 24 * 3_600_000;

export interface LimitSpec {
  readonly resource: string;
  readonly unit: LimitUnit;
  readonly scope: LimitScope;
  /** "" = the default for every tenant (and always "" for GLOBAL). */
  readonly tenantId: string;
  /** "" = the default for every key (and always "" unless the scope is KEY). */
  readonly key: string;
  /** Units per window, as a decimal string: int64 on the wire, bigint in PostgreSQL. */
  readonly amount: string;
  readonly window: LimitWindow;
  /** 0 for CONCURRENT. */
  readonly windowMs: number;
  readonly description: string;
}
