import { expect } from 'chai';
import { costOf } from '../src/domain/amounts.ts';
import { charge, emptyBucket, fit, roll, settle, statusOf, NO_TIGHTENING } from '../src/domain/bucket.ts';
import { adviceFrom, durationMs } from '../src/domain/upstream.ts';
import type { Limit } from '../src/domain/limit.ts';

const S = 1_000_000;
const limit = (l: Partial<Limit>): Limit => ({
  id: 'l1', resource: 'r', name: 'n', unit: 'REQUESTS', scope: 'GLOBAL', tenantId: '', subject: '', amount: 10, window: 'ROLLING',
  windowMs: 1000, calendarUnit: null, timeZone: 'UTC', burst: 10, description: '', ...l,
});

describe('GCRA counters', () => {
  it('admits the burst at once, then one unit per emission interval, and says exactly when', () => {
    const l = limit({ amount: 10, windowMs: 1000, burst: 2 });
    const b = emptyBucket('l1', '');
    const now = 1000 * S;
    for (let i = 0; i < 2; i++) {
      const f = fit(l, b, 1, now, NO_TIGHTENING);
      expect(f).to.deep.equal({ kind: 'at', atUs: now, next: false });
      charge(l, b, 1, now, now, NO_TIGHTENING);
    }
    // T = 100 ms: the third unit fits 100 ms later, not a µs before.
    expect(fit(l, b, 1, now, NO_TIGHTENING)).to.deep.equal({ kind: 'at', atUs: now + 100_000, next: false });
    expect(fit(l, b, 1, now + 100_000, NO_TIGHTENING)).to.deep.equal({ kind: 'at', atUs: now + 100_000, next: false });
    expect(fit(l, b, 3, now, NO_TIGHTENING)).to.deep.equal({ kind: 'never' });
    expect(statusOf(l, b, now, NO_TIGHTENING)).to.include({ used: 2, remaining: 0, resetsAtUs: now + 200_000 });
  });

  it('gives unused units back on settlement, but never refills past full', () => {
    const l = limit({ amount: 10, windowMs: 1000, burst: 10 });
    const b = emptyBucket('l1', '');
    const now = 1000 * S;
    charge(l, b, 5, now, now, NO_TIGHTENING);
    settle(l, b, 5, 2, 0, now, NO_TIGHTENING);
    expect(statusOf(l, b, now, NO_TIGHTENING)).to.include({ used: 2, reserved: 0 });
    settle(l, b, 0, 0, 0, now, NO_TIGHTENING);
    charge(l, b, 1, now, now, NO_TIGHTENING);
    settle(l, b, 1, 0, 0, now + 5 * S, NO_TIGHTENING);
    expect(b.tatUs).to.equal(now + 5 * S);
  });

  it('scales a global rolling limit while the upstream asked to slow down, never above the configured amount', () => {
    const l = limit({ amount: 100, burst: 100 });
    const t = { backoffUntilUs: 0, rateFactor: 0.5, rateFactorUntilUs: 2000 * S };
    expect(statusOf(l, emptyBucket('l1', ''), 1000 * S, t).effectiveAmount).to.equal(50);
    expect(statusOf(l, emptyBucket('l1', ''), 3000 * S, t).effectiveAmount).to.equal(100);
    expect(statusOf(limit({ scope: 'TENANT' }), emptyBucket('l1', 't'), 1000 * S, t).effectiveAmount).to.equal(10);
  });
});

describe('window counters', () => {
  it('count what future-dated grants charged to the next window once it comes', () => {
    const l = limit({ window: 'FIXED', windowMs: 1000, amount: 2 });
    const b = emptyBucket('l1', '');
    const now = 1000.5 * S;
    roll(l, b, now);
    charge(l, b, 2, now, now, NO_TIGHTENING);
    const f = fit(l, b, 1, now, NO_TIGHTENING);
    expect(f).to.deep.equal({ kind: 'at', atUs: 1001 * S, next: true });
    expect(charge(l, b, 1, 1001 * S, now, NO_TIGHTENING)).to.equal(1001 * S);
    roll(l, b, 1001.1 * S);
    expect(statusOf(l, b, 1001.1 * S, NO_TIGHTENING)).to.include({ used: 1, remaining: 1 });
    roll(l, b, 1003 * S);
    expect(statusOf(l, b, 1003 * S, NO_TIGHTENING)).to.include({ used: 0, remaining: 2, resetsAtUs: 1004 * S });
  });
});

describe('prices', () => {
  it('cost each unit line rounded up, in micro-units', () => {
    const prices = [{ unit: 'INPUT_TOKENS', micros: 150_000, per: 1_000_000 }, { unit: 'OUTPUT_TOKENS', micros: 600_000, per: 1_000_000 }] as const;
    expect(costOf({ REQUESTS: 1, INPUT_TOKENS: 1000, OUTPUT_TOKENS: 500 }, prices)).to.equal(150 + 300);
    expect(costOf({ REQUESTS: 1, INPUT_TOKENS: 1, OUTPUT_TOKENS: 0 }, prices)).to.equal(1);
  });
});

describe('what an upstream says', () => {
  it('reads Go durations as OpenAI sends them', () => {
    expect(durationMs('12ms')).to.equal(12);
    expect(durationMs('6m0s')).to.equal(360_000);
    expect(durationMs('1h2m3.5s')).to.equal(3_723_500);
    expect(durationMs('soon')).to.equal(null);
  });

  it('backs off for retry-after-ms, retry-after seconds and dates, exhausted OpenAI and Anthropic buckets', () => {
    expect(adviceFrom(429, { 'retry-after-ms': '1500', 'retry-after': '9' }).backoffMs).to.equal(1500);
    expect(adviceFrom(429, { 'retry-after': '2' }).backoffMs).to.equal(2000);
    const date = 'Tue, 08 Dec 2026 00:00:00 GMT';
    expect(adviceFrom(429, { date, 'retry-after': 'Tue, 08 Dec 2026 00:00:30 GMT' }).backoffMs).to.equal(30_000);
    expect(adviceFrom(200, { 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '6m0s' }).backoffMs).to.equal(360_000);
    expect(adviceFrom(200, { 'x-ratelimit-remaining-requests': '12', 'x-ratelimit-reset-requests': '1s' }).backoffMs).to.equal(0);
    expect(adviceFrom(200, { date, 'anthropic-ratelimit-requests-remaining': '0', 'anthropic-ratelimit-requests-reset': '2026-12-08T00:00:05Z' }).backoffMs).to.equal(5000);
  });

  it('scales the rate for a 429 that gives no time, and says nothing for unknown headers', () => {
    expect(adviceFrom(429, {})).to.deep.include({ backoffMs: 0, rateFactor: 0.75 });
    expect(adviceFrom(200, { 'x-something': '1' })).to.deep.equal({ backoffMs: 0, rateFactor: null, applied: [] });
  });
});

describe('a decision whose clock reading is older than a counter', () => {
  it('never rolls a window back: a tick that read the clock before waiting for the lock decides at the counter\'s time', async () => {
    const { decide } = await import('../src/domain/decide.ts');
    const l = limit({ window: 'FIXED', windowMs: 1000, amount: 2, scope: 'GLOBAL' });
    // Another replica decided at 1001.2 s and filled the window that starts at 1001 s.
    const b = { ...emptyBucket('l1', ''), windowStartUs: 1001 * S, windowEndUs: 1002 * S, used: 2, reserved: 2, lastNowUs: 1001.2 * S };
    const out = decide({
      nowUs: 1000.9 * S, // read before the lock was granted
      resources: new Map([['r', { name: 'r', prices: [], limits: [l], tightening: NO_TIGHTENING }]]),
      buckets: new Map([['l1\u0000', b]]),
      ops: [{ kind: 'acquire', id: '', tenantId: 't', resource: 'r', apiKey: '', workflowType: '', amounts: { REQUESTS: 1, INPUT_TOKENS: 0, OUTPUT_TOKENS: 0 }, ttlMs: 0, idempotencyKey: '', workflowId: '', stage: '', attemptId: '', maxWaitMs: 0 }],
      newId: () => 'g1',
      defaultTtlMs: 1000,
      warnAt: 2,
    });
    const result = out.results[0] as { granted: boolean; retryAtUs: number };
    expect(result.granted).to.equal(false);
    expect(result.retryAtUs).to.equal(1002 * S);
    expect(out.nowUs).to.equal(1001.2 * S);
    expect(b).to.include({ windowStartUs: 1001 * S, used: 2 });
  });
});
