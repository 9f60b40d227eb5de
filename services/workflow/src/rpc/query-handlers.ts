import type { MikroORM } from '@mikro-orm/postgresql';
import { serverStream, unary } from '@sluice/grpc';
import { SluiceError } from '@sluice/errors';
import type { WorkflowServiceHandlers } from '@sluice/contracts';
import { findWorkflow } from '../store/find-workflow.ts';
import { BIGINT_KEY, decodeCursor, encodeCursor, UUID_KEY } from '../queries/cursor.ts';
import { dashboardSummary } from '../queries/dashboard-summary.ts';
import { explainWorkflow } from '../queries/explain-workflow.ts';
import { listWorkflows } from '../queries/list-workflows.ts';
import { attemptOut, transitionOut, workflowOut } from '../queries/messages.ts';
import { readSnapshot } from '../queries/read-snapshot.ts';
import { optionalTimestamp, pageSize, stateFilter } from '../queries/request-fields.ts';
import { watchWorkflow } from '../queries/watch-workflow.ts';
import { workflowHistory } from '../queries/workflow-history.ts';
import { workflowMetrics } from '../queries/workflow-metrics.ts';
import { workflowAttemptsPage } from '../queries/workflow-attempts.ts';
import { requireField, requireName, requireUuid } from './validate.ts';

export interface QueryHandlerDeps {
  readonly orm: MikroORM;
  /** How often WatchWorkflow reads the row; 250 ms when omitted. */
  readonly watchPollMs?: number;
}

const WORKFLOW_PAGE = { defaultSize: 50, maxSize: 500 };
const HISTORY_PAGE = { defaultSize: 100, maxSize: 500 };
// Cursor kinds: a cursor of one list is refused by another.
const WORKFLOWS_CURSOR = 'wf1';
const HISTORY_CURSOR = 'tr1';
const ATTEMPTS_CURSOR = 'at1';

/**
 * sluice.workflow.v1.WorkflowService, the read side (issue 4): lists, history, explanations,
 * metrics, the dashboard and the watch stream. Every read is scoped by `tenant_id`: another
 * tenant's workflow is NOT_FOUND and lists never hold another tenant's rows.
 */
export function queryHandlers(deps: QueryHandlerDeps): Partial<WorkflowServiceHandlers> {
  const { orm } = deps;
  return {
    ListWorkflows: unary(async (req) => {
      const tenantId = requireField('tenant_id', req.tenant_id);
      const limit = pageSize('page_size', req.page_size, WORKFLOW_PAGE);
      const createdAfter = optionalTimestamp('created_after', req.created_after);
      const createdBefore = optionalTimestamp('created_before', req.created_before);
      if (createdAfter !== null && createdBefore !== null && createdAfter >= createdBefore) {
        throw SluiceError.invalidArgument('created_before must be later than created_after', { field: 'created_before' });
      }
      const filter = {
        tenantId,
        states: stateFilter('states', req.states),
        type: req.type === '' ? null : requireName('type', req.type),
        currentStage: req.current_stage === '' ? null : requireName('current_stage', req.current_stage),
        createdAfter,
        createdBefore,
      };
      const keys = decodeCursor('cursor', WORKFLOWS_CURSOR, req.cursor, [BIGINT_KEY, UUID_KEY]);
      const after = keys === null ? null : { createdMicros: keys[0]!, id: keys[1]! };
      // One row more than the page tells whether another page follows without a count.
      const rows = await listWorkflows(orm.em.fork(), filter, after, limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        workflows: page.map(workflowOut),
        next_cursor: rows.length > limit && last !== undefined ? encodeCursor(WORKFLOWS_CURSOR, [last.created_micros, last.id]) : '',
      };
    }),

    GetWorkflowHistory: unary(async (req) => {
      const tenantId = requireField('tenant_id', req.tenant_id);
      const id = requireUuid('id', req.id);
      const limit = pageSize('page_size', req.page_size, HISTORY_PAGE);
      const afterId = decodeCursor('cursor', HISTORY_CURSOR, req.cursor, [BIGINT_KEY])?.[0];
      const rows = await readSnapshot(orm, async (em) => {
        if ((await findWorkflow(em, tenantId, id)) === null) throw SluiceError.notFound('workflow', id);
        return workflowHistory(em, id, { afterId }, limit + 1);
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        transitions: page.map(transitionOut),
        next_cursor: rows.length > limit && last !== undefined ? encodeCursor(HISTORY_CURSOR, [last.id]) : '',
      };
    }),

    ListStageAttempts: unary(async (req) => {
      const tenantId = requireField('tenant_id', req.tenant_id);
      const id = requireUuid('workflow_id', req.workflow_id);
      const limit = pageSize('page_size', req.page_size, HISTORY_PAGE);
      const afterId = decodeCursor('cursor', ATTEMPTS_CURSOR, req.cursor, [UUID_KEY])?.[0] ?? null;
      const rows = await readSnapshot(orm, async (em) => {
        if ((await findWorkflow(em, tenantId, id)) === null) throw SluiceError.notFound('workflow', id);
        return workflowAttemptsPage(em, id, afterId, limit + 1);
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        attempts: page.map(attemptOut),
        next_cursor: rows.length > limit && last !== undefined ? encodeCursor(ATTEMPTS_CURSOR, [last.id]) : '',
      };
    }),

    ExplainWorkflow: unary(async (req) => {
      const tenantId = requireField('tenant_id', req.tenant_id);
      const id = requireUuid('id', req.id);
      return readSnapshot(orm, (em) => explainWorkflow(em, tenantId, id));
    }),

    GetWorkflowMetrics: unary(async (req) => {
      const tenantId = requireField('tenant_id', req.tenant_id);
      const type = req.type === '' ? null : requireName('type', req.type);
      const since = optionalTimestamp('since', req.since);
      return readSnapshot(orm, (em) => workflowMetrics(em, tenantId, type, since));
    }),

    GetDashboardSummary: unary(async (req) => {
      const tenantId = requireField('tenant_id', req.tenant_id);
      return readSnapshot(orm, (em) => dashboardSummary(em, tenantId));
    }),

    WatchWorkflow: serverStream(async (req, call) => {
      const tenantId = requireField('tenant_id', req.tenant_id);
      const id = requireUuid('id', req.id);
      await watchWorkflow(orm, tenantId, id, call, deps.watchPollMs ?? 250);
    }),
  };
}
