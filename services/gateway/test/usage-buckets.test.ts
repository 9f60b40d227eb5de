import { expect } from 'chai';
import { bucketTrend, costString, ZERO_USAGE, type Bucket } from '../src/rpc/usage-buckets.ts';

const HOUR = 3_600_000;
const at = (iso: string, requests: number, group = 0): Bucket => ({
  start: iso,
  end: new Date(Date.parse(iso) + HOUR).toISOString(),
  counts: { ...ZERO_USAGE, requests: BigInt(requests), grants: group },
});

describe('the usage trend of the quota routes', () => {
  it('fills every hour of the range with zeros where the quota service sent no row', () => {
    const trend = bucketTrend([at('2026-12-08T10:00:00.000Z', 3)], { since: '2026-12-08T08:30:00.000Z', until: '2026-12-08T11:30:00.000Z', bucketMs: HOUR });
    expect(trend.map((b) => [b.start, Number(b.counts.requests)])).to.deep.equal([
      ['2026-12-08T08:00:00.000Z', 0],
      ['2026-12-08T09:00:00.000Z', 0],
      ['2026-12-08T10:00:00.000Z', 3],
      ['2026-12-08T11:00:00.000Z', 0],
    ]);
  });

  it('sums the rows of one bucket (one per API key or workflow type) into one', () => {
    const trend = bucketTrend([at('2026-12-08T10:00:00.000Z', 3, 1), at('2026-12-08T10:00:00.000Z', 4, 2)], {
      since: '2026-12-08T10:00:00.000Z',
      until: '2026-12-08T11:00:00.000Z',
      bucketMs: HOUR,
    });
    expect(trend).to.have.length(1);
    expect(trend[0]!.counts).to.include({ requests: 7n, grants: 3 });
  });

  it('follows buckets counted from `since` and keeps rows on no grid as they are', () => {
    const fromSince = bucketTrend([at('2026-12-08T09:30:00.000Z', 1)], { since: '2026-12-08T08:30:00.000Z', until: '2026-12-08T10:30:00.000Z', bucketMs: HOUR });
    expect(fromSince.map((b) => b.start)).to.deep.equal(['2026-12-08T08:30:00.000Z', '2026-12-08T09:30:00.000Z']);
    const odd = [at('2026-12-08T09:10:00.000Z', 1), at('2026-12-08T09:20:00.000Z', 1)];
    expect(bucketTrend(odd, { since: '2026-12-08T08:30:00.000Z', until: '2026-12-08T10:30:00.000Z', bucketMs: HOUR })).to.have.length(2);
  });

  it('writes cost in micros as a decimal with six places', () => {
    expect(costString(0n)).to.equal('0.000000');
    expect(costString(1_250_000n)).to.equal('1.250000');
    expect(costString(42n)).to.equal('0.000042');
    expect(costString(9_223_372_036_854_775_807n)).to.equal('9223372036854.775807');
  });
});
