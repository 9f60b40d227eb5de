import { expect } from 'chai';
import { createBatcher } from '../src/index.ts';

describe('createBatcher', () => {
  it('sends the items asked for in one turn as one call, each caller getting its own result or error', async () => {
    const calls: number[][] = [];
    const batcher = createBatcher(async (items: number[]) => {
      calls.push(items);
      return items.map((n) => (n < 0 ? new Error(`negative ${n}`) : n * 10));
    });
    const results = await Promise.allSettled([1, -2, 3].map((n) => batcher.load(n)));
    expect(calls).to.deep.equal([[1, -2, 3]]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).to.deep.equal([10, 'negative -2', 30]);
  });

  it('holds items back while the calls in flight run, then sends them together', async () => {
    const calls: number[][] = [];
    const releases: Array<() => void> = [];
    const batcher = createBatcher(
      async (items: number[]) => {
        calls.push(items);
        await new Promise<void>((r) => releases.push(r));
        return items;
      },
      { callsInFlight: 1 },
    );
    const first = batcher.load(1);
    await new Promise((r) => setImmediate(r));
    const later = [2, 3, 4].map((n) => batcher.load(n));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).to.deep.equal([[1]]);
    releases.shift()!();
    expect(await first).to.equal(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).to.deep.equal([[1], [2, 3, 4]]);
    releases.shift()!();
    expect(await Promise.all(later)).to.deep.equal([2, 3, 4]);
  });

  it('splits batches at maxBatchSize and fails every item of a call that throws', async () => {
    const sizes: number[] = [];
    const batcher = createBatcher(
      async (items: number[]) => {
        sizes.push(items.length);
        if (items.includes(5)) throw new Error('the call failed');
        return items;
      },
      { maxBatchSize: 4 },
    );
    const results = await Promise.allSettled([1, 2, 3, 4, 5, 6].map((n) => batcher.load(n)));
    expect(sizes).to.deep.equal([4, 2]);
    expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected']);
  });
});
