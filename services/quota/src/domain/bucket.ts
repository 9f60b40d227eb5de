import { LimitScope, LimitWindow, type Limit } from './limit.ts';

/**
 * One limit's counter for one partition, as the engine holds it during a decision. Times are
 * µs since the epoch on PostgreSQL's clock (float8: 2^53 µs is year 2255).
 */
export interface BucketState {
  readonly limitId: string;
  readonly partition: string;
  /** ROLLING: the theoretical arrival time (GCRA). */
  tatUs: number;
  /** FIXED and CALENDAR: the window that `used` counts, and its end (the next one's start). */
  windowStartUs: number;
  windowEndUs: number;
  /** Charged in the current window, reservations included. */
  used: number;
  /** Charged in the next window by future-dated grants. */
  nextUsed: number;
  /** Held by ACTIVE grants (for CONCURRENT, the units in flight). */
  reserved: number;
  /** Marks of the last quota.exceeded and quota.warning events (window start, or second for ROLLING). */
  exceededMark: number;
  warnedMark: number;
  /**
   * The latest decision time that touched the counter. A tick reads the clock before it waits
   * for the counters' locks, so another replica may have decided later meanwhile: the tick's
   * time is never taken earlier than this (a window never rolls back, TAT never regresses).
   */
  lastNowUs: number;
}

export function emptyBucket(limitId: string, partition: string): BucketState {
  return { limitId, partition, tatUs: 0, windowStartUs: 0, windowEndUs: 0, used: 0, nextUsed: 0, reserved: 0, exceededMark: 0, warnedMark: 0, lastNowUs: 0 };
}

/** The upstream's say on a resource (ReportUpstream): a barrier and a rate factor, each until a time. */
export interface Tightening {
  readonly backoffUntilUs: number;
  /** 0.25..1, applied to GLOBAL rolling limits while rateFactorUntilUs is ahead. */
  readonly rateFactor: number;
  readonly rateFactorUntilUs: number;
}

export const NO_TIGHTENING: Tightening = Object.freeze({ backoffUntilUs: 0, rateFactor: 1, rateFactorUntilUs: 0 });

const MS = 1000;

/** The amount (and burst) in effect now: lower while the upstream asked us to slow down, never higher. */
export function effective(limit: Limit, t: Tightening, nowUs: number): { amount: number; burst: number } {
  const tightened = limit.scope === LimitScope.GLOBAL && limit.window === LimitWindow.ROLLING && t.rateFactor < 1 && t.rateFactorUntilUs > nowUs;
  if (!tightened) return { amount: limit.amount, burst: limit.burst };
  return { amount: Math.max(1, Math.floor(limit.amount * t.rateFactor)), burst: Math.max(1, Math.floor(limit.burst * t.rateFactor)) };
}

/** FIXED and CALENDAR: the window containing now, and the end of the one after it. */
export function windowAt(limit: Limit, nowUs: number): { startUs: number; endUs: number; nextEndUs: number } {
  if (limit.window === LimitWindow.CALENDAR) {
    if (limit.calendar === undefined) throw new Error(`calendar limit ${limit.id} has no window from PostgreSQL`);
    return limit.calendar;
  }
  const w = limit.windowMs * MS;
  const startUs = Math.floor(nowUs / w) * w;
  return { startUs, endUs: startUs + w, nextEndUs: startUs + 2 * w };
}

/** Moves a window counter to the window containing now; what future-dated grants charged to it comes along. */
export function roll(limit: Limit, b: BucketState, nowUs: number): void {
  if (limit.window !== LimitWindow.FIXED && limit.window !== LimitWindow.CALENDAR) return;
  const w = windowAt(limit, nowUs);
  if (b.windowStartUs === w.startUs) return;
  b.used = b.windowEndUs === w.startUs ? b.nextUsed : 0;
  b.nextUsed = 0;
  b.windowStartUs = w.startUs;
  b.windowEndUs = w.endUs;
}

/** When a charge of `c` fits. */
export type Fit =
  /** Now (atUs = now), or at a later time; `next` = in the next window of a FIXED/CALENDAR limit. */
  | { readonly kind: 'at'; readonly atUs: number; readonly next: boolean }
  /** Not before atUs, and no grant can be dated that far (an estimate to retry at). */
  | { readonly kind: 'later'; readonly atUs: number }
  /** Never: larger than the limit itself. */
  | { readonly kind: 'never' };

/**
 * When the limit lets `c` units through (GCRA as in letsencrypt/boulder ratelimits/gcra.go,
 * in µs; windows count what was charged in them). Call roll() first.
 */
export function fit(limit: Limit, b: BucketState, c: number, nowUs: number, t: Tightening): Fit {
  const eff = effective(limit, t, nowUs);
  switch (limit.window) {
    case LimitWindow.ROLLING: {
      if (c > limit.burst) return { kind: 'never' };
      if (c > eff.burst) return { kind: 'later', atUs: t.rateFactorUntilUs };
      const T = (limit.windowMs * MS) / eff.amount;
      const allowAt = Math.max(b.tatUs, nowUs) + c * T - eff.burst * T;
      return { kind: 'at', atUs: Math.max(nowUs, allowAt), next: false };
    }
    case LimitWindow.FIXED:
    case LimitWindow.CALENDAR: {
      if (c > limit.amount) return { kind: 'never' };
      if (b.used + c <= limit.amount) return { kind: 'at', atUs: nowUs, next: false };
      if (b.nextUsed + c <= limit.amount) return { kind: 'at', atUs: b.windowEndUs, next: true };
      return { kind: 'later', atUs: windowAt(limit, nowUs).nextEndUs };
    }
    case LimitWindow.CONCURRENT: {
      if (c > limit.amount) return { kind: 'never' };
      if (b.reserved + c <= limit.amount) return { kind: 'at', atUs: nowUs, next: false };
      // Units come back when a grant is settled; a second is an estimate, not a promise.
      return { kind: 'later', atUs: nowUs + 1_000 * MS };
    }
  }
}

/**
 * Whether a charge of `c` may be dated `atUs` (the latest of all the request's limits): for a
 * window limit the time must fall in the current or the next window, and that window must have room.
 */
export function fitsAt(limit: Limit, b: BucketState, c: number, atUs: number, nowUs: number): boolean {
  if (limit.window === LimitWindow.ROLLING) return true;
  if (limit.window === LimitWindow.CONCURRENT) return b.reserved + c <= limit.amount;
  if (atUs < b.windowEndUs) return b.used + c <= limit.amount;
  return atUs < windowAt(limit, nowUs).nextEndUs && b.nextUsed + c <= limit.amount;
}

/** Charges `c` units dated `atUs`; returns the window the charge went to (0 when not a window limit). */
export function charge(limit: Limit, b: BucketState, c: number, atUs: number, nowUs: number, t: Tightening): number {
  b.reserved += c;
  switch (limit.window) {
    case LimitWindow.ROLLING: {
      const T = (limit.windowMs * MS) / effective(limit, t, nowUs).amount;
      b.tatUs = Math.max(b.tatUs, nowUs) + c * T;
      return 0;
    }
    case LimitWindow.FIXED:
    case LimitWindow.CALENDAR:
      if (atUs < b.windowEndUs) {
        b.used += c;
        return b.windowStartUs;
      }
      b.nextUsed += c;
      return b.windowEndUs;
    case LimitWindow.CONCURRENT:
      return 0;
  }
}

/**
 * Settles a charge of `reserved` units with `actual`: the difference goes back (never before
 * now: a rolling bucket is not refilled beyond full) or is charged as overage; the reservation
 * is released. A window's charge only counts while that window is current or next.
 */
export function settle(limit: Limit, b: BucketState, reserved: number, actual: number, chargedWindowUs: number, nowUs: number, t: Tightening): void {
  b.reserved = Math.max(0, b.reserved - reserved);
  const delta = actual - reserved;
  if (delta === 0) return;
  switch (limit.window) {
    case LimitWindow.ROLLING: {
      const T = (limit.windowMs * MS) / effective(limit, t, nowUs).amount;
      b.tatUs = delta < 0 ? Math.max(nowUs, b.tatUs + delta * T) : Math.max(b.tatUs, nowUs) + delta * T;
      return;
    }
    case LimitWindow.FIXED:
    case LimitWindow.CALENDAR:
      if (chargedWindowUs === b.windowStartUs) b.used = Math.max(0, b.used + delta);
      else if (chargedWindowUs === b.windowEndUs) b.nextUsed = Math.max(0, b.nextUsed + delta);
      return;
    case LimitWindow.CONCURRENT:
      return;
  }
}

/** Where a counter stands now (roll() first for window limits). */
export interface CounterStatus {
  readonly used: number;
  readonly reserved: number;
  readonly remaining: number;
  readonly effectiveAmount: number;
  readonly utilisation: number;
  /** 0 when the limit has no window. */
  readonly windowStartUs: number;
  /** 0 for an idle counter (nothing to reset). */
  readonly resetsAtUs: number;
}

export function statusOf(limit: Limit, b: BucketState, nowUs: number, t: Tightening): CounterStatus {
  const eff = effective(limit, t, nowUs);
  switch (limit.window) {
    case LimitWindow.ROLLING: {
      const T = (limit.windowMs * MS) / eff.amount;
      const tat0 = Math.max(b.tatUs, nowUs);
      const remaining = Math.min(eff.burst, Math.max(0, Math.floor((nowUs - (tat0 - eff.burst * T)) / T + 1e-9)));
      const used = eff.burst - remaining;
      return { used, reserved: b.reserved, remaining, effectiveAmount: eff.amount, utilisation: used / eff.burst, windowStartUs: 0, resetsAtUs: tat0 > nowUs ? tat0 : 0 };
    }
    case LimitWindow.FIXED:
    case LimitWindow.CALENDAR: {
      const w = windowAt(limit, nowUs);
      const used = b.windowStartUs === w.startUs ? b.used : b.windowEndUs === w.startUs ? b.nextUsed : 0;
      return { used, reserved: b.reserved, remaining: Math.max(0, limit.amount - used), effectiveAmount: limit.amount, utilisation: used / limit.amount, windowStartUs: w.startUs, resetsAtUs: w.endUs };
    }
    case LimitWindow.CONCURRENT:
      return { used: b.reserved, reserved: b.reserved, remaining: Math.max(0, limit.amount - b.reserved), effectiveAmount: limit.amount, utilisation: b.reserved / limit.amount, windowStartUs: 0, resetsAtUs: 0 };
  }
}

/** The mark of "now" for at-most-once events: the window for window limits, the second otherwise. */
export function eventMark(limit: Limit, b: BucketState, nowUs: number): number {
  return limit.window === LimitWindow.FIXED || limit.window === LimitWindow.CALENDAR ? b.windowStartUs : Math.floor(nowUs / 1_000_000);
}
