/**
 * Group commit for calls that take many items: `createBatcher(call)` gives a `load(item)` whose
 * items, asked for while earlier calls run, go out together in one `call`.
 *
 * ```ts
 * import { createBatcher } from '@sluice/batch';
 *
 * const completions = createBatcher((items: Item[]) => client.call('CompleteStages', { items }).then((r) => r.results));
 * await completions.load(item); // resolves with its own result, or rejects with its own error
 * ```
 */
export { createBatcher } from './batcher.ts';
export type { Batcher, BatcherOptions } from './batcher.ts';
