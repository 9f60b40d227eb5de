import type { Logger } from '@sluice/logging';

/** What a stage handler gets besides its input. */
export interface StageContext {
  /** The lease's fencing token: pass it to your own writes to refuse them once the lease is lost. */
  readonly fence: string;
  /** Aborted when the lease is lost, the workflow is cancelled or the worker shuts down. */
  readonly signal: AbortSignal;
  /** 1 for the first try of this stage. */
  readonly attempt: number;
  readonly workflowId: string;
  readonly tenantId: string;
  readonly stage: string;
  /** A child logger whose lines carry the workflow, stage and trace ids. */
  readonly log: Logger;
}

export interface StageDefinition<I = unknown, O = unknown> {
  readonly name: string;
  readonly handler: (input: I, ctx: StageContext) => Promise<O>;
}

export interface WorkflowDefinition {
  readonly type: string;
  readonly stages: readonly StageDefinition<never, unknown>[];
}

const NAME = /^[a-z][a-z0-9_-]{0,62}$/;

/** A stage: a name (used in task subjects, so lower-case letters, digits, _ or -) and a handler. */
export function defineStage<I, O>(stage: StageDefinition<I, O>): StageDefinition<I, O> {
  if (!NAME.test(stage.name)) throw new TypeError(`stage name ${JSON.stringify(stage.name)} must match ${NAME}`);
  return Object.freeze({ ...stage });
}

/** A workflow type: ordered stages; each stage's output is the next stage's input. */
export function defineWorkflow(definition: WorkflowDefinition): WorkflowDefinition {
  if (!NAME.test(definition.type)) throw new TypeError(`workflow type ${JSON.stringify(definition.type)} must match ${NAME}`);
  if (definition.stages.length === 0) throw new TypeError(`workflow type ${definition.type} needs at least one stage`);
  const names = new Set(definition.stages.map((s) => s.name));
  if (names.size !== definition.stages.length) throw new TypeError(`workflow type ${definition.type} has two stages with the same name`);
  return Object.freeze({ type: definition.type, stages: Object.freeze([...definition.stages]) });
}
