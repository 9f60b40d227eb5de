import { context } from '@opentelemetry/api';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createBatcher } from '@sluice/batch';
import { unary } from '@sluice/grpc';
import { SluiceError } from '@sluice/errors';
import type { RetryPolicy__Output, WorkflowServiceHandlers } from '@sluice/contracts';
import type { Logger } from '@sluice/logging';
import { createWorkflows, type CreateWorkflowInput, type Created } from '../engine/create-workflow.ts';
import type { EngineDeps } from '../engine/deps.ts';
import { resolveStages, type RetryPolicy } from '../domain/definition.ts';
import { findWorkflow } from '../store/find-workflow.ts';
import { registerDefinition } from '../store/register-definition.ts';
import { parseJsonField } from './json-field.ts';
import { definitionMessage, workflowMessage } from './to-message.ts';
import { requireField, requireName, requireUuid } from './validate.ts';

export interface HandlerDeps {
  readonly orm: MikroORM;
  readonly engine: EngineDeps;
  /** Called after a commit that wrote outbox rows, so the relay publishes at once. */
  readonly afterCommit: () => void;
  readonly log: Logger;
}

/** Definitions and workflows: register a type, start a workflow, read one. */
export function workflowHandlers(deps: HandlerDeps): Partial<WorkflowServiceHandlers> {
  const em = () => deps.orm.em.fork();
  // Group commit: the creations that arrive while earlier ones commit share one transaction.
  const creations = createBatcher<CreateWorkflowInput, Created>((inputs) => createWorkflows(em(), deps.engine, inputs));
  return {
    RegisterDefinition: unary(async (req) => {
      const type = requireName('type', req.type);
      const stages = resolveStages(
        type,
        req.stages.map((s) => ({
          name: s.name,
          retry: retryInput(s.retry),
          timeoutMs: s.timeout_ms,
          leaseTtlMs: s.lease_ttl_ms,
          quotaResource: s.quota_resource,
          maxConcurrency: s.max_concurrency,
        })),
        retryInput(req.default_retry),
        deps.engine.defaults,
      );
      for (const [field, value] of [['max_concurrency', req.max_concurrency], ['max_concurrency_per_tenant', req.max_concurrency_per_tenant], ['max_queued_per_tenant', req.max_queued_per_tenant], ['timeout_ms', req.timeout_ms]] as const) {
        if (value < 0) throw SluiceError.invalidArgument(`${field} must be 0 or more`, { field });
      }
      const options = { maxConcurrency: req.max_concurrency, maxConcurrencyPerTenant: req.max_concurrency_per_tenant, timeoutMs: req.timeout_ms, maxQueuedPerTenant: req.max_queued_per_tenant };
      const row = await em().transactional((tx) => registerDefinition(tx, type, stages, options));
      deps.engine.definitions.forget(type);
      return definitionMessage(row);
    }),

    CreateWorkflow: unary(async (req) => {
      const { workflow } = await creations.load({
        tenantId: requireField('tenant_id', req.tenant_id),
        type: requireName('type', req.type),
        input: parseJsonField('input_json', req.input_json, {}),
        priority: req.priority,
        idempotencyKey: req.idempotency_key === '' ? null : req.idempotency_key,
        actor: `tenant:${req.tenant_id}`,
        ctx: context.active(),
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
  };
}

/** A proto RetryPolicy with 0 meaning "unset" (jitter is taken as set only with the rest). */
function retryInput(policy: RetryPolicy__Output | null): Partial<RetryPolicy> | null {
  if (policy === null) return null;
  const set = policy.max_attempts !== 0 || policy.initial_delay_ms !== 0 || policy.multiplier !== 0 || policy.max_delay_ms !== 0;
  return {
    maxAttempts: policy.max_attempts,
    initialDelayMs: policy.initial_delay_ms,
    multiplier: policy.multiplier,
    maxDelayMs: policy.max_delay_ms,
    ...(set || policy.jitter !== 0 ? { jitter: policy.jitter } : {}),
  };
}
