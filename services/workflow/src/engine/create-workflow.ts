import { context, type Context } from '@opentelemetry/api';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError, toSluiceError } from '@sluice/errors';
import { eventSubject, uuidv7, writeOutbox } from '@sluice/messaging';
import { traceCarrier } from '@sluice/telemetry';
import { attemptPriority } from '../domain/definition.ts';
import { WorkflowState } from '../domain/states.ts';
import { assertTransition, TRANSITIONS } from '../domain/transitions.ts';
import { insertQueuedWorkflows } from '../store/insert-queued-workflows.ts';
import { insertWorkflows } from '../store/insert-workflow.ts';
import { findWorkflowByIdempotencyKey } from '../store/find-workflow.ts';
import type { DefinitionRow, WorkflowView } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { enqueueStages } from './enqueue-stage.ts';
import { stageKey, type Handover } from './waiting-claims.ts';
import { CLAIM_REASON, leaseOf } from './claim-stage.ts';
import { hasLimit, limitsOf } from '../store/next-queued-attempt.ts';

export interface CreateWorkflowInput {
  readonly tenantId: string;
  readonly type: string;
  readonly input: unknown;
  /** Null: none given; each stage is queued at its default priority. */
  readonly priority: number | null;
  readonly idempotencyKey: string | null;
  readonly actor: string;
  /** The caller's trace: the workflow's events and first task continue it. Default the active one. */
  readonly ctx?: Context;
}

export interface Created {
  readonly workflow: WorkflowView;
  /** False when the idempotency key returned the workflow created the first time. */
  readonly created: boolean;
}

/**
 * Creates workflows of registered types and queues their first stages: for each, the row, its
 * audit rows, its events and the first stage's task commit together or not at all. Any number
 * of requests share one transaction and a fixed number of statements (group commit). Each
 * gets its own outcome: the workflow, or its own error (an unregistered type, the queue
 * limit), and a refused request writes nothing. Requests repeating an idempotency key, even
 * within the batch, get the first one's workflow.
 */
export async function createWorkflows(em: EntityManager, deps: EngineDeps, inputs: readonly CreateWorkflowInput[]): Promise<Array<Created | SluiceError>> {
  return (await createInOneStatement(em, deps, inputs)) ?? createInTransaction(em, deps, inputs);
}

/**
 * The common case in one statement: every type registered, and every tenant far enough below
 * its queue limit for the admission estimate to admit without a count. Otherwise undefined,
 * having written nothing: the transaction of createInTransaction decides.
 */
async function createInOneStatement(em: EntityManager, deps: EngineDeps, inputs: readonly CreateWorkflowInput[]): Promise<Array<Created | SluiceError> | undefined> {
  const results: Array<Created | SluiceError | undefined> = new Array(inputs.length);
  const definitions = new Map<number, DefinitionRow>();
  for (const [i, input] of inputs.entries()) {
    const definition = await deps.definitions.latest(em, input.type);
    if (definition === null) return undefined;
    const refusal = subjectRefusal(deps, input.tenantId);
    if (refusal !== null) results[i] = refusal;
    else definitions.set(i, definition);
  }
  const groups = queueGroups(deps, inputs, definitions);
  for (const g of groups) if (!deps.admission.admitsByEstimate(g.tenantId, g.type, g.limit, g.indexes.length, em)) return undefined;
  for (const g of groups) deps.admission.takeEstimated(g.tenantId, g.type, g.indexes.length);
  const admitted = [...definitions.keys()];
  const handovers = takeWaiting(deps, admitted.map((i) => definitions.get(i)!));
  const outboxId = uuidv7();
  const rows = await insertQueuedWorkflows(
    deps.statements,
    admitted.map((i, k) => {
      const input = inputs[i]!;
      const definition = definitions.get(i)!;
      const waiting = handovers[k];
      const first = definition.stages[0]!;
      return {
        id: uuidv7(),
        tenantId: input.tenantId,
        type: input.type,
        definitionVersion: definition.version,
        input: input.input,
        priority: input.priority,
        idempotencyKey: input.idempotencyKey,
        stage: first.name,
        attemptPriority: attemptPriority(input.priority, first),
        actor: input.actor,
        trace: traceCarrier(traceOf(input)),
        lease: waiting === undefined ? null : { owner: waiting.workerId, ...leaseOf(first, waiting.leaseTtlMs) },
      };
    }),
    { prefix: deps.emitter.prefix, queuedReason: QUEUED_REASON, claimReason: CLAIM_REASON, outboxId },
  ).catch((err: unknown) => {
    for (const h of handovers) h?.putBack();
    throw err;
  });
  const leased = new Set<number>();
  for (const row of rows) {
    results[admitted[row.n]!] = { workflow: row.workflow, created: true };
    if (row.leased !== null) {
      leased.add(row.n);
      handovers[row.n]!.deliver({ attempt: row.leased, workflow: row.workflow, signals: {} });
    }
  }
  // After the claims (they are committed; the events are in the outbox either way), in the same
  // tick: a worker's stage starts without waiting for the events to be built and sent.
  if (rows.length > 0) deps.publishCommitted({ rowId: outboxId, entries: rows.flatMap((row) => row.events) });
  // Not leased (outranked in the queue, or a repeated idempotency key): the waiter waits on.
  handovers.forEach((h, k) => {
    if (h !== undefined && !leased.has(k)) h.putBack();
  });
  for (const i of admitted) {
    // The key was used before, or by an earlier request of this batch: that workflow.
    const input = inputs[i]!;
    if (results[i] === undefined) results[i] = { workflow: (await findWorkflowByIdempotencyKey(em, input.tenantId, input.idempotencyKey!))!, created: false };
  }
  return results as Array<Created | SluiceError>;
}

/**
 * For each workflow to create, a worker waiting for its first stage (WaitingClaims), when that
 * stage may start at once: neither it nor its type has a concurrency limit (those are counted
 * by the claim's transaction). Undefined where none waits.
 */
function takeWaiting(deps: EngineDeps, definitions: readonly DefinitionRow[]): Array<Handover | undefined> {
  const handovers: Array<Handover | undefined> = new Array(definitions.length);
  const byStage = new Map<string, { type: string; stage: string; ks: number[] }>();
  definitions.forEach((d, k) => {
    const first = d.stages[0]!;
    if (hasLimit(limitsOf(d, first))) return;
    const key = stageKey(d.type, first.name);
    const group = byStage.get(key) ?? { type: d.type, stage: first.name, ks: [] };
    group.ks.push(k);
    byStage.set(key, group);
  });
  for (const { type, stage, ks } of byStage.values()) deps.waiting.take(type, stage, ks.length).forEach((h, j) => (handovers[ks[j]!] = h));
  return handovers;
}

/** The inputs that have a definition, by queue (tenant and type) in order, with that queue's limit. */
function queueGroups(deps: EngineDeps, inputs: readonly CreateWorkflowInput[], definitions: ReadonlyMap<number, DefinitionRow>) {
  const groups = new Map<string, { tenantId: string; type: string; limit: number; indexes: number[] }>();
  for (const [i, definition] of definitions) {
    const { tenantId, type } = inputs[i]!;
    const key = JSON.stringify([tenantId, type]);
    const group = groups.get(key) ?? { tenantId, type, limit: definition.options.maxQueuedPerTenant || deps.defaults.maxQueuedPerTenant, indexes: [] };
    group.indexes.push(i);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** A tenant id that cannot be a token of its events' subjects is refused (the statement builds them unchecked). */
function subjectRefusal(deps: EngineDeps, tenantId: string): SluiceError | null {
  try {
    eventSubject(deps.emitter.prefix, 'workflow', tenantId, 'x');
    return null;
  } catch (err) {
    return toSluiceError(err);
  }
}

/** Creations in one transaction: refusals (an unknown type, the queue limit counted exactly) answered one by one. */
async function createInTransaction(em: EntityManager, deps: EngineDeps, inputs: readonly CreateWorkflowInput[]): Promise<Array<Created | SluiceError>> {
  return em.transactional(async (tx) => {
    const results: Array<Created | SluiceError | undefined> = new Array(inputs.length);
    const definitions = new Map<number, DefinitionRow>();
    for (const [i, input] of inputs.entries()) {
      const definition = await deps.definitions.latest(tx, input.type);
      if (definition === null) {
        results[i] = SluiceError.invalidArgument(`workflow type ${input.type} is not registered (start a worker that defines it)`, { type: input.type });
        continue;
      }
      definitions.set(i, definition);
    }
    for (const { tenantId, type, limit, indexes } of queueGroups(deps, inputs, definitions)) {
      const refusals = await deps.admission.admit(tx, tenantId, type, limit, indexes.length);
      refusals.forEach((refusal, k) => {
        if (refusal !== null) results[indexes[k]!] = refusal;
      });
    }
    const admitted = [...definitions.keys()].filter((i) => results[i] === undefined);
    const ids = new Map(admitted.map((i) => [i, uuidv7()]));
    const inserted = await insertWorkflows(
      tx,
      admitted.map((i) => {
        const input = inputs[i]!;
        const version = definitions.get(i)!.version;
        return {
          id: ids.get(i)!,
          tenantId: input.tenantId,
          type: input.type,
          definitionVersion: version,
          input: input.input,
          priority: input.priority,
          idempotencyKey: input.idempotencyKey,
          audit: { metadata: { definition_version: version }, actor: input.actor },
        };
      }),
    );
    const fresh = admitted.filter((i) => inserted.has(ids.get(i)!));
    await writeOutbox(
      tx,
      fresh.map((i) => context.with(traceOf(inputs[i]!), () => deps.emitter.created(inserted.get(ids.get(i)!)!, inputs[i]!.idempotencyKey))),
    );
    const queued = await enqueueStages(
      tx,
      deps,
      fresh.map((i) => {
        const input = inputs[i]!;
        const first = definitions.get(i)!.stages[0]!;
        return { wf: inserted.get(ids.get(i)!)!, next: { stageIndex: 0, stage: first.name, attempt: 1, input: input.input, actor: input.actor, ctx: traceOf(input) } };
      }),
    );
    fresh.forEach((i, k) => (results[i] = { workflow: queued[k]!, created: true }));
    for (const i of admitted.filter((j) => !inserted.has(ids.get(j)!))) {
      // The key was used before, or by an earlier request of this batch: that workflow.
      const input = inputs[i]!;
      results[i] = { workflow: (await findWorkflowByIdempotencyKey(tx, input.tenantId, input.idempotencyKey!))!, created: false };
    }
    return results as Array<Created | SluiceError>;
  });
}

assertTransition('(create)', WorkflowState.CREATED, WorkflowState.QUEUED);
const QUEUED_REASON = TRANSITIONS[WorkflowState.CREATED][WorkflowState.QUEUED]!;

const traceOf = (input: CreateWorkflowInput): Context => input.ctx ?? context.active();
