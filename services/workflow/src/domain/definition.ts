import { SluiceError } from '@sluice/errors';

/** How a failed stage attempt is retried (quota-and-leases.md §4; per stage in the definition). */
export interface RetryPolicy {
  /** Attempts in all, the first included; 1 = never retry. */
  readonly maxAttempts: number;
  readonly initialDelayMs: number;
  readonly multiplier: number;
  readonly maxDelayMs: number;
  /** 0..1: the fraction of each delay that is randomised. */
  readonly jitter: number;
}

/** One stage as stored: every policy resolved, so a running workflow never depends on defaults changing. */
export interface StageSpec {
  readonly name: string;
  readonly retry: RetryPolicy;
  /** The longest one attempt may run; 0 = no limit. */
  readonly timeoutMs: number;
  /** The lease a claim gets when the worker asks for none; heartbeats extend it by as much. */
  readonly leaseTtlMs: number;
  readonly quotaResource: string;
  /** Attempts of this stage running at once, all tenants; 0 = unlimited. */
  readonly maxConcurrency: number;
  /** The priority of the stage's attempts for a workflow created without one (PRIORITY_MIN..PRIORITY_MAX). */
  readonly priority: number;
}

export interface DefinitionOptions {
  readonly maxConcurrency: number;
  readonly maxConcurrencyPerTenant: number;
  /** The longest a whole workflow may take; 0 = no limit. */
  readonly timeoutMs: number;
  /** Workflows of the type one tenant may have waiting; 0 = the server default. */
  readonly maxQueuedPerTenant?: number;
}

/** Server-side defaults (SLUICE_WORKFLOW_* variables), applied to whatever a definition leaves unset. */
export interface EngineDefaults {
  readonly retry: RetryPolicy;
  readonly stageTimeoutMs: number;
  readonly leaseTtlMs: number;
  /** Waiting workflows of one type one tenant may have when its definition sets no limit. */
  readonly maxQueuedPerTenant: number;
}

/** A stage as a worker sends it: anything may be unset (0 / ''). */
export interface StageInput {
  readonly name: string;
  readonly retry?: Partial<RetryPolicy> | null;
  readonly timeoutMs?: number;
  readonly leaseTtlMs?: number;
  readonly quotaResource?: string;
  readonly maxConcurrency?: number;
  readonly priority?: number;
}

// Stage names become NATS subject tokens: letters, digits, _ and -; upper case is allowed so a
// pipeline can keep the names it already has (DISCOVERY, IMAGE_FETCH, ...).
const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

/**
 * Resolves a definition's stages against the definition's default retry policy and the
 * server defaults, checking every field; throws INVALID_ARGUMENT naming the first bad one.
 */
export function resolveStages(type: string, stages: readonly StageInput[], defaultRetry: Partial<RetryPolicy> | null | undefined, defaults: EngineDefaults): StageSpec[] {
  if (stages.length === 0) throw SluiceError.invalidArgument(`workflow type ${type} needs at least one stage`, { field: 'stages' });
  const seen = new Set<string>();
  return stages.map((stage, i) => {
    const field = `stages[${i}]`;
    if (!STAGE_NAME.test(stage.name)) {
      throw SluiceError.invalidArgument(`${field}.name ${JSON.stringify(stage.name)} must be letters, digits, _ or -, starting with a letter`, { field: `${field}.name` });
    }
    if (seen.has(stage.name)) throw SluiceError.invalidArgument(`workflow type ${type} has two stages named ${stage.name}`, { field: `${field}.name` });
    seen.add(stage.name);
    const retry = resolveRetry(`${field}.retry`, stage.retry, defaultRetry, defaults.retry);
    return {
      name: stage.name,
      retry,
      timeoutMs: nonNegative(`${field}.timeout_ms`, stage.timeoutMs) || defaults.stageTimeoutMs,
      leaseTtlMs: nonNegative(`${field}.lease_ttl_ms`, stage.leaseTtlMs) || defaults.leaseTtlMs,
      quotaResource: stage.quotaResource ?? '',
      maxConcurrency: nonNegative(`${field}.max_concurrency`, stage.maxConcurrency),
      priority: checkPriority(`${field}.priority`, stage.priority ?? 0),
    };
  });
}

/** Priorities, higher first: a workflow's (CreateWorkflow) and a stage's default. */
export const PRIORITY_MIN = -100;
export const PRIORITY_MAX = 100;

/** The priority itself, or INVALID_ARGUMENT naming `field`. */
export function checkPriority(field: string, value: number): number {
  if (!Number.isInteger(value) || value < PRIORITY_MIN || value > PRIORITY_MAX) {
    throw SluiceError.invalidArgument(`${field} must be a whole number from ${PRIORITY_MIN} to ${PRIORITY_MAX}, not ${value}`, { field });
  }
  return value;
}

/**
 * The priority a stage's attempt is queued at: the workflow's own when it was created with one,
 * else the stage's default. The statements that queue attempts themselves apply the same rule
 * (attemptPrioritySql in store/sql.ts).
 */
export function attemptPriority(workflowPriority: number | null, stage: Pick<StageSpec, 'priority'>): number {
  return workflowPriority ?? stage.priority;
}

function resolveRetry(field: string, own: Partial<RetryPolicy> | null | undefined, shared: Partial<RetryPolicy> | null | undefined, fallback: RetryPolicy): RetryPolicy {
  const pick = (key: keyof RetryPolicy) => (own?.[key] || shared?.[key] || fallback[key]) as number;
  const policy = {
    maxAttempts: pick('maxAttempts'),
    initialDelayMs: pick('initialDelayMs'),
    multiplier: pick('multiplier'),
    maxDelayMs: pick('maxDelayMs'),
    jitter: own?.jitter ?? shared?.jitter ?? fallback.jitter,
  };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) throw SluiceError.invalidArgument(`${field}.max_attempts must be a whole number of at least 1`, { field: `${field}.max_attempts` });
  if (policy.initialDelayMs < 0) throw SluiceError.invalidArgument(`${field}.initial_delay_ms must not be negative`, { field: `${field}.initial_delay_ms` });
  if (policy.multiplier < 1) throw SluiceError.invalidArgument(`${field}.multiplier must be at least 1`, { field: `${field}.multiplier` });
  if (policy.maxDelayMs < policy.initialDelayMs) throw SluiceError.invalidArgument(`${field}.max_delay_ms must be at least initial_delay_ms`, { field: `${field}.max_delay_ms` });
  if (!(policy.jitter >= 0 && policy.jitter <= 1)) throw SluiceError.invalidArgument(`${field}.jitter must be between 0 and 1`, { field: `${field}.jitter` });
  return policy;
}

function nonNegative(field: string, value: number | undefined): number {
  const n = value ?? 0;
  if (!Number.isInteger(n) || n < 0) throw SluiceError.invalidArgument(`${field} must be a whole number, 0 or more`, { field });
  return n;
}
