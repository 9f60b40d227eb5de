/** A Prometheus histogram as read from a /metrics page: cumulative bucket counts by upper bound. */
export interface Histogram {
  /** [upper bound (Infinity for +Inf), cumulative count], ascending. */
  readonly buckets: ReadonlyArray<readonly [number, number]>;
  readonly sum: number;
  readonly count: number;
}

const LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{([^}]*)\})?\s+(\S+)/;

/**
 * The histograms of a /metrics page (text format 0.0.4), keyed by name plus their labels but
 * `le` and `service` (every Sluice metric carries its service's name):
 * `sluice_quota_tick_seconds`, `sluice_quota_reservation_seconds{method="AcquireGrant"}`.
 */
export function parseHistograms(text: string): Map<string, Histogram> {
  const acc = new Map<string, { buckets: Array<[number, number]>; sum: number; count: number }>();
  const entry = (key: string) => {
    let e = acc.get(key);
    if (e === undefined) acc.set(key, (e = { buckets: [], sum: 0, count: 0 }));
    return e;
  };
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (m === null) continue;
    const [, name, labelText = '', value] = m;
    const labels = [...labelText.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => [k!, v!] as const);
    const rest = labels.filter(([k]) => k !== 'le' && k !== 'service').map(([k, v]) => `${k}="${v}"`).join(',');
    const key = (base: string) => (rest === '' ? base : `${base}{${rest}}`);
    if (name!.endsWith('_bucket')) {
      const le = labels.find(([k]) => k === 'le')?.[1];
      if (le !== undefined) entry(key(name!.slice(0, -7))).buckets.push([le === '+Inf' ? Infinity : Number(le), Number(value)]);
    } else if (name!.endsWith('_sum')) {
      entry(key(name!.slice(0, -4))).sum = Number(value);
    } else if (name!.endsWith('_count')) {
      entry(key(name!.slice(0, -6))).count = Number(value);
    }
  }
  for (const e of acc.values()) e.buckets.sort((a, b) => a[0] - b[0]);
  return acc;
}

/** What was observed between two readings of one histogram. */
export function diffHistogram(before: Histogram | undefined, after: Histogram): Histogram {
  if (before === undefined) return after;
  const prior = new Map(before.buckets);
  return { buckets: after.buckets.map(([le, c]) => [le, c - (prior.get(le) ?? 0)] as const), sum: after.sum - before.sum, count: after.count - before.count };
}

/** Adds histograms of the same buckets (replicas of one service). */
export function sumHistograms(hs: readonly Histogram[]): Histogram | undefined {
  if (hs.length === 0) return undefined;
  const buckets = hs[0]!.buckets.map(([le], i) => [le, hs.reduce((s, h) => s + (h.buckets[i]?.[1] ?? 0), 0)] as const);
  return { buckets, sum: hs.reduce((s, h) => s + h.sum, 0), count: hs.reduce((s, h) => s + h.count, 0) };
}

/** The upper bound of the bucket holding quantile q (0..1): an upper estimate, as Prometheus' buckets allow. */
export function quantileBound(h: Histogram, q: number): number {
  if (h.count === 0) return Number.NaN;
  const rank = q * h.count;
  for (const [le, c] of h.buckets) if (c >= rank) return le;
  return Infinity;
}

export const mean = (h: Histogram): number => (h.count === 0 ? Number.NaN : h.sum / h.count);
