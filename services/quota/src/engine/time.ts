/** RFC 3339 with milliseconds from µs since the epoch; "" for 0 (no time). Rounded up: a retry at that ms is never early. */
export function isoOfUs(us: number): string {
  return us <= 0 ? '' : new Date(Math.ceil(us / 1000)).toISOString();
}

/** Milliseconds from now to `us`, rounded up; 0 when it has passed. */
export function msUntil(us: number, nowUs: number): number {
  return us <= nowUs ? 0 : Math.ceil((us - nowUs) / 1000);
}
