/**
 * Limits as the quota service keeps them. Units, scopes and windows are stored by their short
 * names (INPUT_TOKENS, TENANT, ROLLING); the wire carries the proto enum names
 * (QUOTA_UNIT_INPUT_TOKENS).
 */
export const LimitUnit = {
  REQUESTS: 'REQUESTS',
  INPUT_TOKENS: 'INPUT_TOKENS',
  OUTPUT_TOKENS: 'OUTPUT_TOKENS',
  /** Input + output tokens. */
  TOTAL_TOKENS: 'TOTAL_TOKENS',
  /** Micro-units of the account currency, from the resource's price table. */
  COST_MICROS: 'COST_MICROS',
} as const;
export type LimitUnit = (typeof LimitUnit)[keyof typeof LimitUnit];

/** The units a caller sends (the others are derived from them). */
export const RequestUnit = {
  REQUESTS: 'REQUESTS',
  INPUT_TOKENS: 'INPUT_TOKENS',
  OUTPUT_TOKENS: 'OUTPUT_TOKENS',
} as const;
export type RequestUnit = (typeof RequestUnit)[keyof typeof RequestUnit];

export const LimitScope = {
  /** One counter for the whole platform (the upstream API's limit on our account). */
  GLOBAL: 'GLOBAL',
  TENANT: 'TENANT',
  API_KEY: 'API_KEY',
  WORKFLOW_TYPE: 'WORKFLOW_TYPE',
} as const;
export type LimitScope = (typeof LimitScope)[keyof typeof LimitScope];

export const LimitWindow = {
  /** GCRA: amount per window, refilled continuously, at most `burst` at once. */
  ROLLING: 'ROLLING',
  /** Resets every window_ms from the Unix epoch. */
  FIXED: 'FIXED',
  /** Resets at each calendar boundary in a time zone. */
  CALENDAR: 'CALENDAR',
  /** No time window: units are held from grant to settlement. */
  CONCURRENT: 'CONCURRENT',
} as const;
export type LimitWindow = (typeof LimitWindow)[keyof typeof LimitWindow];

export const CalendarUnit = { MINUTE: 'MINUTE', HOUR: 'HOUR', DAY: 'DAY', MONTH: 'MONTH' } as const;
export type CalendarUnit = (typeof CalendarUnit)[keyof typeof CalendarUnit];

/** The longest rolling or fixed window: a year (calendar months are CALENDAR windows). */
export const MAX_WINDOW_MS = 366 * 24 * 3_600_000;

export interface LimitSpec {
  readonly resource: string;
  readonly name: string;
  readonly unit: LimitUnit;
  readonly scope: LimitScope;
  /** "" = for every tenant (always "" for GLOBAL). */
  readonly tenantId: string;
  /** API_KEY / WORKFLOW_TYPE: "" = each its own counter; set = that one only. Always "" otherwise. */
  readonly subject: string;
  /** Units per window, greater than 0. */
  readonly amount: number;
  readonly window: LimitWindow;
  /** ROLLING and FIXED; 0 otherwise. */
  readonly windowMs: number;
  /** CALENDAR only; null otherwise. */
  readonly calendarUnit: CalendarUnit | null;
  /** CALENDAR: an IANA zone ("UTC" by default). */
  readonly timeZone: string;
  /** ROLLING: units admitted at once; equals amount unless set lower or higher. */
  readonly burst: number;
  readonly description: string;
}

/** A limit as the engine uses it: its id, and (for CALENDAR) the current window from PostgreSQL. */
export interface Limit extends LimitSpec {
  readonly id: string;
  /** CALENDAR: the current window [start, end) and the next one's end, in µs since the epoch. */
  readonly calendar?: { readonly startUs: number; readonly endUs: number; readonly nextEndUs: number };
}
