import type { MikroORM } from '@mikro-orm/postgresql';
import { unary } from '@sluice/grpc';
import { SluiceError } from '@sluice/errors';
import type { WorkflowServiceHandlers } from '@sluice/contracts';
import { createWorkflow } from '../engine/create-workflow.ts';
import { claimStage } from '../engine/claim-stage.ts';
import { completeStage } from '../engine/complete-stage.ts';
import type { Emitter } from '../engine/emit.ts';
import { findWorkflow } from '../store/find-workflow.ts';
import { registerDefinition } from '../store/register-definition.ts';
import { parseJsonField } from './json-field.ts';
import { claimMessage, definitionMessage, workflowMessage } from './to-message.ts';
import { requireField, requireName, requireUuid } from './validate.ts';

export interface HandlerDeps {
  readonly orm: MikroORM;
  readonly emitter: Emitter;
  /** Called after a commit that wrote outbox rows, so the relay publishes at once. */
  readonly afterCommit: () => void;
  readonly defaultLeaseTtlMs: number;
}

/** sluice.workflow.v1.WorkflowService: what the foundation implements; the rest answers UNIMPLEMENTED. */
export function workflowHandlers(deps: HandlerDeps): Partial<WorkflowServiceHandlers> {
  const em = () => deps.orm.em.fork();
  return {
    RegisterDefinition: unary(async (req) => {
      const type = requireName('type', req.type);
      if (req.stages.length === 0) throw SluiceError.invalidArgument(`workflow type ${type} needs at least one stage`, { field: 'stages' });
      const stages = req.stages.map((s, i) => ({ name: requireName(`stages[${i}].name`, s.name) }));
      if (new Set(stages.map((s) => s.name)).size !== stages.length) {
        throw SluiceError.invalidArgument(`workflow type ${type} has two stages with the same name`, { field: 'stages' });
      }
      const fork = em();
      const row = await fork.transactional((tx) => registerDefinition(tx, type, stages));
      return definitionMessage(row);
    }),

    CreateWorkflow: unary(async (req) => {
      const { workflow } = await createWorkflow(em(), deps.emitter, {
        tenantId: requireField('tenant_id', req.tenant_id),
        type: requireName('type', req.type),
        input: parseJsonField('input_json', req.input_json, {}),
        priority: req.priority,
        idempotencyKey: req.idempotency_key === '' ? null : req.idempotency_key,
        actor: `tenant:${req.tenant_id}`,
      });
      deps.afterCommit();
      return workflowMessage(workflow);
    }),

    GetWorkflow: unary(async (req) => {
      const tenantId = requireField('tenant_id', req.tenant_id);
      const id = requireUuid('id', req.id);
      const row = await findWorkflow(em(), tenantId, id);
      if (row === null) throw SluiceError.notFound('workflow', id);
      return workflowMessage(row);
    }),

    ClaimStage: unary(async (req) => {
      const attemptId = requireUuid('attempt_id', req.attempt_id);
      const workerId = requireField('worker_id', req.worker_id);
      const ttl = req.lease_ttl_ms > 0 ? req.lease_ttl_ms : deps.defaultLeaseTtlMs;
      const { attempt, workflow } = await claimStage(em(), deps.emitter, attemptId, workerId, ttl);
      deps.afterCommit();
      return claimMessage(attempt, workflow);
    }),

    CompleteStage: unary(async (req) => {
      const attemptId = requireUuid('attempt_id', req.attempt_id);
      const fence = requireField('fence', req.fence);
      if (!/^\d{1,19}$/.test(fence)) throw SluiceError.invalidArgument(`fence ${JSON.stringify(fence)} is not a fencing token`, { field: 'fence' });
      const workflow = await completeStage(em(), deps.emitter, attemptId, fence, parseJsonField('output_json', req.output_json));
      deps.afterCommit();
      return workflowMessage(workflow);
    }),
  };
}
