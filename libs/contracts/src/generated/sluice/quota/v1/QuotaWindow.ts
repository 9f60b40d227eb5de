// Original file: sluice/quota/v1/quota.proto

/**
 * How a window counts.
 */
export const QuotaWindow = {
  QUOTA_WINDOW_UNSPECIFIED: 'QUOTA_WINDOW_UNSPECIFIED',
  /**
   * Resets at fixed boundaries (every window_ms from the epoch).
   */
  QUOTA_WINDOW_FIXED: 'QUOTA_WINDOW_FIXED',
  /**
   * Counts the last window_ms before now.
   */
  QUOTA_WINDOW_SLIDING: 'QUOTA_WINDOW_SLIDING',
  /**
   * No time window: units are held from grant to commit or refund (a semaphore, e.g.
   * concurrent requests).
   */
  QUOTA_WINDOW_CONCURRENT: 'QUOTA_WINDOW_CONCURRENT',
} as const;

/**
 * How a window counts.
 */
export type QuotaWindow =
  | 'QUOTA_WINDOW_UNSPECIFIED'
  | 0
  /**
   * Resets at fixed boundaries (every window_ms from the epoch).
   */
  | 'QUOTA_WINDOW_FIXED'
  | 1
  /**
   * Counts the last window_ms before now.
   */
  | 'QUOTA_WINDOW_SLIDING'
  | 2
  /**
   * No time window: units are held from grant to commit or refund (a semaphore, e.g.
   * concurrent requests).
   */
  | 'QUOTA_WINDOW_CONCURRENT'
  | 3

/**
 * How a window counts.
 */
export type QuotaWindow__Output = typeof QuotaWindow[keyof typeof QuotaWindow]
