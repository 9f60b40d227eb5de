import { context } from '@opentelemetry/api';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createBatcher } from '@sluice/batch';
import { unary } from '@sluice/grpc';
import { SluiceError } from '@sluice/errors';
import type { RetryPolicy__Output, WorkflowServiceHandlers } from '@sluice/contracts';
import type { Logger } from '@sluice/logging';
import { createWorkflows, type CreateWorkflowInput, type Created } from '../engine/create-workflow.ts';
import type { EngineDeps } from '../engine/deps.ts';
import { checkPriority, resolveStages, type RetryPolicy } from '../domain/definition.ts';
import { findWorkflow } from '../store/find-workflow.ts';
import { findDefinition, findLatestDefinition, listLatestDefinitions } from '../store/find-definition.ts';
import { decodeCursor, encodeCursor } from '../queries/cursor.ts';
import { pageSize } from '../queries/request-fields.ts';
import { registerDefinition } from '../store/register-definition.ts';
import { parseJsonField } from './json-field.ts';
import { definitionMessage, workflowMessage } from './to-message.ts';
import { NAME, requireField, requireName, requireUuid } from './validate.ts';

const DEFINITION_PAGES = { defaultSize: 100, maxSize: 500 };

export interface HandlerDeps {
  readonly orm: MikroORM;
  readonly engine: EngineDeps;
  /** Called after a commit that wrote outbox rows, so the relay publishes at once. */
  readonly afterCommit: () => void;
  readonly log: Logger;
}

/** Definitions and workflows: register a type and read definitions, start a workflow, read one. */
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
          priority: s.priority,
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

    GetDefinition: unary(async (req) => {
      const type = requireName('type', req.type);
      if (!Number.isInteger(req.version) || req.version < 0) throw SluiceError.invalidArgument('version must be 0 (the latest) or more', { field: 'version' });
      const row = req.version === 0 ? await findLatestDefinition(em(), type) : await findDefinition(em(), type, req.version);
      if (row === null) throw SluiceError.notFound('workflow definition', req.version === 0 ? type : `${type} v${req.version}`);
      return definitionMessage(row);
    }),

    ListDefinitions: unary(async (req) => {
      const limit = pageSize('page_size', req.page_size, DEFINITION_PAGES);
      const after = decodeCursor('cursor', 'definitions', req.cursor, [NAME])?.[0] ?? null;
      const rows = await listLatestDefinitions(em(), after, limit + 1);
      const page = rows.slice(0, limit);
      return { definitions: page.map(definitionMessage), next_cursor: rows.length > limit ? encodeCursor('definitions', [page.at(-1)!.type]) : '' };
    }),

    CreateWorkflow: unary(async (req) => {
      const { workflow } = await creations.load({
        tenantId: requireField('tenant_id', req.tenant_id),
        type: requireName('type', req.type),
        input: parseJsonField('input_json', req.input_json, {}),
        priority: req.priority === undefined ? null : checkPriority('priority', req.priority),
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
