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
 * // A stage that spends an upstream's quota: the worker reserves the estimate before the
 * // handler runs; refused, the workflow parks in QUOTA_EXCEEDED and resumes when it fits.
 * const summarise = defineStage<{ text: string }, { summary: string }>({
 *   name: 'summarise',
 *   quota: { resource: 'openai/acme/gpt-4o-mini', estimate: (input) => ({ requests: 1, input_tokens: input.text.length / 3, output_tokens: 300 }) }, // rounded up
 *   handler: async (input, ctx) => {
 *     const res = await callModel(input.text, ctx.signal);
 *     ctx.quota.use({ input_tokens: res.usage.prompt_tokens, output_tokens: res.usage.completion_tokens }); // committed after
 *     return { summary: res.text };
 *   },
 * });
 * const worker = new Worker({
 *   workflowAddress: '127.0.0.1:50051',
 *   quotaAddress: '127.0.0.1:50052',  // needed once a stage declares a quota or uses ctx.quota
 *   natsUrl: 'nats://127.0.0.1:4222',
 *   workflows: [defineWorkflow({ type: 'demo', stages: [greet, summarise] })],
 * });
 * await worker.start();          // registers 'demo', pulls its tasks
 * process.on('SIGTERM', () => worker.shutdown());
 * ```
 *
 * A handler that calls several upstreams uses `ctx.quota.call(resource, estimate, (signal) =>
 * fetch(...), { usage, response })`: acquire, call, commit the usage, report the rate-limit
 * headers; a refusal or an upstream 429 throws RateLimitedError and parks the stage.
 * QuotaClient does the same outside a stage.
 */
export { Worker } from './worker.ts';
export { defineWorkflow, defineStage } from './define.ts';
export { RateLimitedError, InvalidInputError, TransientError, classify } from './errors.ts';
export { QuotaClient } from './quota/quota-client.ts';
export { QuotaCode } from './quota/refusals.ts';
export { GrantStatus } from './quota/grant.ts';
export type { WorkerOptions } from './worker.ts';
export type { StageContext, StageDefinition, WorkflowDefinition, RetryOptions } from './define.ts';
export type { ClassifiedFailure } from './errors.ts';
export type { QuotaClientOptions } from './quota/quota-client.ts';
export type { QuotaAmounts } from './quota/amounts.ts';
export type { QuotaGrant } from './quota/grant.ts';
export type { AcquireOptions, CallOptions } from './quota/quota-calls.ts';
export type { StageQuota, StageQuotaOptions } from './quota/stage-quota.ts';
export type { UpstreamResponse, HeadersLike } from './quota/upstream.ts';
