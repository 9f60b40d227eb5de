/** Usage counters of one row or bucket; int64 fields as bigint so that sums stay exact. */
export interface UsageCounts {
  readonly requests: bigint;
  readonly input_tokens: bigint;
  readonly output_tokens: bigint;
  readonly cost_micros: bigint;
  readonly grants: number;
  readonly expired: number;
  readonly refunded: number;
  readonly denials: number;
  readonly overage_input_tokens: bigint;
  readonly overage_output_tokens: bigint;
}

export interface Bucket {
  readonly start: string;
  readonly end: string;
  readonly counts: UsageCounts;
}

export const ZERO_USAGE: UsageCounts = Object.freeze({
  requests: 0n, input_tokens: 0n, output_tokens: 0n, cost_micros: 0n, grants: 0, expired: 0, refunded: 0, denials: 0, overage_input_tokens: 0n, overage_output_tokens: 0n,
});

export function sumUsage(rows: readonly UsageCounts[]): UsageCounts {
  return rows.reduce(
    (a, b) => ({
      requests: a.requests + b.requests,
      input_tokens: a.input_tokens + b.input_tokens,
      output_tokens: a.output_tokens + b.output_tokens,
      cost_micros: a.cost_micros + b.cost_micros,
      grants: a.grants + b.grants,
      expired: a.expired + b.expired,
      refunded: a.refunded + b.refunded,
      denials: a.denials + b.denials,
      overage_input_tokens: a.overage_input_tokens + b.overage_input_tokens,
      overage_output_tokens: a.overage_output_tokens + b.overage_output_tokens,
    }),
    ZERO_USAGE,
  );
}

/** Millionths of the currency as a decimal string with six places: 1250000n → "1.250000". */
export function costString(micros: bigint): string {
  const sign = micros < 0n ? '-' : '';
  const abs = micros < 0n ? -micros : micros;
  return `${sign}${abs / 1_000_000n}.${(abs % 1_000_000n).toString().padStart(6, '0')}`;
}

/**
 * A chart-ready trend: the rows of one bucket summed (over groups), and every bucket of
 * [since, until) present, empty ones as zeros. The quota service leaves empty buckets out;
 * the grid is the one its rows sit on (the Unix epoch's, or `since`'s); rows on neither are
 * returned as they are, without zeros between them.
 */
export function bucketTrend(rows: readonly Bucket[], range: { since: string; until: string; bucketMs: number }): Bucket[] {
  const byStart = new Map<number, Bucket>();
  for (const row of rows) {
    const at = Date.parse(row.start);
    const seen = byStart.get(at);
    byStart.set(at, seen === undefined ? row : { ...seen, counts: sumUsage([seen.counts, row.counts]) });
  }
  const sorted = [...byStart].sort(([a], [b]) => a - b).map(([, bucket]) => bucket);
  const since = Date.parse(range.since);
  const until = Date.parse(range.until);
  const width = range.bucketMs;
  if (!(width > 0) || Number.isNaN(since) || Number.isNaN(until) || until <= since) return sorted;
  const origin = [0, since].find((o) => [...byStart.keys()].every((at) => (((at - o) % width) + width) % width === 0));
  if (origin === undefined) return sorted;
  const trend: Bucket[] = [];
  for (let at = origin + Math.floor((since - origin) / width) * width; at < until; at += width) {
    trend.push(byStart.get(at) ?? { start: new Date(at).toISOString(), end: new Date(at + width).toISOString(), counts: ZERO_USAGE });
  }
  return trend;
}
