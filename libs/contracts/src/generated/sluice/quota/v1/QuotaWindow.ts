// Original file: sluice/quota/v1/quota.proto

/**
 * How a limit's window counts.
 */
export const QuotaWindow = {
  QUOTA_WINDOW_UNSPECIFIED: 'QUOTA_WINDOW_UNSPECIFIED',
  /**
   * GCRA: `amount` per `window_ms`, refilled continuously, at most `burst` at once.
   */
  QUOTA_WINDOW_ROLLING: 'QUOTA_WINDOW_ROLLING',
  /**
   * Resets every `window_ms` from the Unix epoch (UTC).
   */
  QUOTA_WINDOW_FIXED: 'QUOTA_WINDOW_FIXED',
  /**
   * Resets at each `calendar_unit` boundary in `time_zone` (a day cap at midnight Pacific).
   */
  QUOTA_WINDOW_CALENDAR: 'QUOTA_WINDOW_CALENDAR',
  /**
   * No time window: units are held from grant to settlement (concurrent requests).
   */
  QUOTA_WINDOW_CONCURRENT: 'QUOTA_WINDOW_CONCURRENT',
} as const;

/**
 * How a limit's window counts.
 */
export type QuotaWindow =
  | 'QUOTA_WINDOW_UNSPECIFIED'
  | 0
  /**
   * GCRA: `amount` per `window_ms`, refilled continuously, at most `burst` at once.
   */
  | 'QUOTA_WINDOW_ROLLING'
  | 1
  /**
   * Resets every `window_ms` from the Unix epoch (UTC).
   */
  | 'QUOTA_WINDOW_FIXED'
  | 2
  /**
   * Resets at each `calendar_unit` boundary in `time_zone` (a day cap at midnight Pacific).
   */
  | 'QUOTA_WINDOW_CALENDAR'
  | 3
  /**
   * No time window: units are held from grant to settlement (concurrent requests).
   */
  | 'QUOTA_WINDOW_CONCURRENT'
  | 4

/**
 * How a limit's window counts.
 */
export type QuotaWindow__Output = typeof QuotaWindow[keyof typeof QuotaWindow]
