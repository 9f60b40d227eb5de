import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError } from '@sluice/errors';
import { insertWorkflow } from '../store/insert-workflow.ts';
import { findWorkflowByIdempotencyKey } from '../store/find-workflow.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { EngineDeps } from './deps.ts';
import { enqueueStage } from './enqueue-stage.ts';
import { writeOutbox } from '@sluice/messaging';

export interface CreateWorkflowInput {
  readonly tenantId: string;
  readonly type: string;
  readonly input: unknown;
  readonly priority: number;
  readonly idempotencyKey: string | null;
  readonly actor: string;
}

/**
 * Creates a workflow of a registered type and queues its first stage, in one transaction:
 * the row, its audit rows, its events and the first stage's task all commit together or not
 * at all. A repeated idempotency key returns the workflow it created the first time.
 */
export async function createWorkflow(em: EntityManager, deps: EngineDeps, input: CreateWorkflowInput): Promise<{ workflow: WorkflowRow; created: boolean }> {
  return em.transactional(async (tx) => {
    const definition = await deps.definitions.latest(tx, input.type);
    if (definition === null) {
      throw SluiceError.invalidArgument(`workflow type ${input.type} is not registered (start a worker that defines it)`, { type: input.type });
    }
    const first = definition.stages[0]!;
    await deps.admission.admit(tx, input.tenantId, input.type, definition.options.maxQueuedPerTenant || deps.defaults.maxQueuedPerTenant);
    const row = await insertWorkflow(tx, {
      id: randomUUID(),
      tenantId: input.tenantId,
      type: input.type,
      definitionVersion: definition.version,
      input: input.input,
      priority: input.priority,
      idempotencyKey: input.idempotencyKey,
    }, { metadata: { definition_version: definition.version }, actor: input.actor });
    if (row === null) {
      const existing = await findWorkflowByIdempotencyKey(tx, input.tenantId, input.idempotencyKey!);
      return { workflow: existing!, created: false };
    }
    await writeOutbox(tx, [deps.emitter.created(row, input.idempotencyKey)]);
    const queued = await enqueueStage(tx, deps, row, { stageIndex: 0, stage: first.name, attempt: 1, input: input.input, actor: input.actor });
    return { workflow: queued, created: true };
  });
}
