/**
 * The worker SDK: what user code embeds to run Sluice stages.
 *
 * ```ts
 * import { Worker, defineWorkflow, defineStage } from '@sluice/worker';
 *
 * const greet = defineStage<{ name: string }, { greeting: string }>({
 *   name: 'greet',
 *   handler: async (input, ctx) => ({ greeting: `Hello, ${input.name}` }), // ctx.fence, ctx.signal, ctx.log
 * });
 * const worker = new Worker({
 *   workflowAddress: '127.0.0.1:50051',
 *   natsUrl: 'nats://127.0.0.1:4222',
 *   workflows: [defineWorkflow({ type: 'demo', stages: [greet] })],
 * });
 * await worker.start();          // registers 'demo', pulls its tasks
 * process.on('SIGTERM', () => worker.shutdown());
 * ```
 */
export { Worker } from './worker.ts';
export { defineWorkflow, defineStage } from './define.ts';
export { RateLimitedError, InvalidInputError, TransientError, classify } from './errors.ts';
export type { WorkerOptions } from './worker.ts';
export type { StageContext, StageDefinition, WorkflowDefinition, RetryOptions } from './define.ts';
export type { ClassifiedFailure } from './errors.ts';
