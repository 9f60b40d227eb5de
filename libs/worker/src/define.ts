import type { Logger } from '@sluice/logging';
import type { StageQuota, StageQuotaOptions } from './quota/stage-quota.ts';

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
  /** The checkpoint an earlier attempt of this stage saved with savePartial(), or null. */
  readonly partial: unknown;
  /** Reports 0-100 and a message; shown in the workflow's status. */
  progress(percent: number, message?: string): Promise<void>;
  /** Saves a checkpoint that a retry or a resume after QUOTA_EXCEEDED receives as `partial`. */
  savePartial(partial: unknown): Promise<void>;
  /** Some items of this stage were not done: the workflow will end PARTIALLY_PROCESSED. */
  markIncomplete(): void;
  /** Every signal the workflow has received ({ name: payload }, latest per name). */
  readonly signals: Readonly<Record<string, unknown>>;
  /**
   * The payload of signal `name` if it has arrived; otherwise ends this attempt and waits
   * (WAITING) until it does, then runs the stage again. Past `timeoutMs` the workflow fails.
   * `await` it: it returns only when the signal is already there.
   */
  waitForSignal<T = unknown>(name: string, timeoutMs?: number): Promise<T>;
  /**
   * Quota grants: `grant` (the one the stage's `quota` declaration took before the handler
   * ran), `use()` to record what it really spent, and acquire / commit / refund / call for
   * the upstream calls the handler makes itself. Needs the worker's quotaAddress.
   */
  readonly quota: StageQuota;
}

/** Unset fields take the definition's `retry`, then the server's defaults (SLUICE_WORKFLOW_*). */
export interface RetryOptions {
  /** Attempts in all, the first included; 1 = never retry. */
  readonly maxAttempts?: number;
  readonly initialDelayMs?: number;
  readonly multiplier?: number;
  readonly maxDelayMs?: number;
  /** 0..1: the fraction of each delay that is randomised. */
  readonly jitter?: number;
}

export interface StageDefinition<I = unknown, O = unknown> {
  readonly name: string;
  readonly handler: (input: I, ctx: StageContext) => Promise<O>;
  readonly retry?: RetryOptions;
  /** The longest one attempt may run. */
  readonly timeoutMs?: number;
  /** The lease a claim gets; the worker heartbeats well within it. */
  readonly leaseTtlMs?: number;
  /**
   * The quota the stage spends: before each run the worker reserves `estimate(input)` of
   * `resource` from the quota service; refused, the handler does not run and the workflow parks
   * in QUOTA_EXCEEDED until the limit allows it. Needs the worker's quotaAddress.
   */
  readonly quota?: StageQuotaOptions<I>;
  /** A label only (shown with the stage): the quota resource it spends. Superseded by `quota.resource`. */
  readonly quotaResource?: string;
  /** Attempts of this stage running at once, across all workers and tenants. */
  readonly maxConcurrency?: number;
  /**
   * The priority of this stage's attempts for workflows created without one: -100..100, higher
   * runs first; unset = 0. A workflow's own priority overrides it.
   */
  readonly priority?: number;
}

export interface WorkflowDefinition {
  readonly type: string;
  readonly stages: readonly StageDefinition<never, unknown>[];
  /** The retry policy of stages that set none. */
  readonly retry?: RetryOptions;
  /** Workflows of this type running at once, all tenants; unset = unlimited. */
  readonly maxConcurrency?: number;
  /** Workflows of this type running at once for one tenant; unset = unlimited. */
  readonly maxConcurrencyPerTenant?: number;
  /** Workflows of this type one tenant may have waiting; more is refused (HTTP 429). Unset = the server's default. */
  readonly maxQueuedPerTenant?: number;
}

const NAME = /^[a-z][a-z0-9_-]{0,62}$/;
const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

/** A stage: a name (used in task subjects, so lower-case letters, digits, _ or -) and a handler. */
export function defineStage<I, O>(stage: StageDefinition<I, O>): StageDefinition<I, O> {
  if (!STAGE_NAME.test(stage.name)) throw new TypeError(`stage name ${JSON.stringify(stage.name)} must match ${STAGE_NAME}`);
  if (stage.priority !== undefined && !(Number.isInteger(stage.priority) && stage.priority >= -100 && stage.priority <= 100)) {
    throw new TypeError(`stage ${stage.name}: priority must be a whole number from -100 to 100, not ${stage.priority}`);
  }
  if (stage.quota !== undefined) checkQuota(stage.name, stage.quota as StageQuotaOptions<never>, stage.quotaResource);
  return Object.freeze({ ...stage });
}

const RESOURCE = /^[A-Za-z0-9._:/-]{1,128}$/;

function checkQuota(name: string, quota: StageQuotaOptions<never>, label: string | undefined): void {
  const bad = (what: string) => new TypeError(`stage ${name}: quota.${what}`);
  if (typeof quota.resource !== 'string' || !RESOURCE.test(quota.resource)) throw bad(`resource must be 1-128 letters, digits or . _ : / -, not ${JSON.stringify(quota.resource)}`);
  if (typeof quota.estimate !== 'function') throw bad('estimate must be a function of the input, like (input) => ({ requests: 1, input_tokens: 500 })');
  if (quota.apiKey !== undefined && typeof quota.apiKey !== 'function') throw bad('apiKey must be a function of the input');
  if (quota.maxWaitMs !== undefined && !(Number.isSafeInteger(quota.maxWaitMs) && quota.maxWaitMs >= 0)) throw bad(`maxWaitMs must be a whole number of ms from 0 up, not ${quota.maxWaitMs}`);
  if (quota.ttlMs !== undefined && !(Number.isInteger(quota.ttlMs) && quota.ttlMs > 0 && quota.ttlMs <= 2_147_483_647)) throw bad(`ttlMs must be a whole number of ms above 0, not ${quota.ttlMs}`);
  if (label !== undefined && label !== quota.resource) throw new TypeError(`stage ${name}: quotaResource ${JSON.stringify(label)} differs from quota.resource ${JSON.stringify(quota.resource)}`);
}

/** A workflow type: ordered stages; each stage's output is the next stage's input. */
export function defineWorkflow(definition: WorkflowDefinition): WorkflowDefinition {
  if (!NAME.test(definition.type)) throw new TypeError(`workflow type ${JSON.stringify(definition.type)} must match ${NAME}`);
  if (definition.stages.length === 0) throw new TypeError(`workflow type ${definition.type} needs at least one stage`);
  const names = new Set(definition.stages.map((s) => s.name));
  if (names.size !== definition.stages.length) throw new TypeError(`workflow type ${definition.type} has two stages with the same name`);
  return Object.freeze({ ...definition, stages: Object.freeze([...definition.stages]) });
}
