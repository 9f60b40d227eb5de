import { defineStage, defineWorkflow } from '@sluice/worker';

/** The `demo` workflow: one stage that greets whoever the input names. */
export const greet = defineStage<{ name?: string }, { greeting: string; fence: string; attempt: number }>({
  name: 'greet',
  handler: async (input, ctx) => {
    const name = typeof input?.name === 'string' && input.name !== '' ? input.name : 'world';
    ctx.log.info({ name }, 'greeting');
    return { greeting: `Hello, ${name}!`, fence: ctx.fence, attempt: ctx.attempt };
  },
});

export const demo = defineWorkflow({ type: 'demo', stages: [greet] });
