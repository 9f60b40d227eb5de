import type { Context } from 'koa';
import type { z } from 'zod';
import { defineRoute, type AnyRoute } from './route.ts';
import { workflowIdParams, type workflowSchema } from './schemas.ts';
import {
  dashboardSchema, explanationSchema, historyPageSchema, historyQuery, listWorkflowsQuery, metricsQuery, metricsSchema,
  statusSchema, workflowPageSchema, type transitionSchema,
} from './query-schemas.ts';

type Out<S extends z.ZodType> = z.output<S>;

export interface Page<T> {
  readonly items: T[];
  /** null on the last page. */
  readonly next_cursor: string | null;
}

/** What the read routes need from the workflow service (implemented over gRPC in rpc/query-api.ts). */
export interface QueryApi {
  list(tenantId: string, query: Out<typeof listWorkflowsQuery>): Promise<Page<Out<typeof workflowSchema>>>;
  history(tenantId: string, id: string, query: Out<typeof historyQuery>): Promise<Page<Out<typeof transitionSchema>>>;
  explain(tenantId: string, id: string): Promise<Out<typeof explanationSchema>>;
  status(tenantId: string, id: string): Promise<Out<typeof statusSchema>>;
  metrics(tenantId: string, query: Out<typeof metricsQuery>): Promise<Out<typeof metricsSchema>>;
  dashboard(tenantId: string): Promise<Out<typeof dashboardSchema>>;
}

/**
 * The read side of the REST API. /workflows/metrics comes before any /workflows/{id} route
 * (app.ts mounts these routes first): @koa/router runs the first route that matches, and the
 * id route would otherwise take "metrics" for an id and refuse it as not a UUID.
 */
export function queryRoutes(api: QueryApi): AnyRoute[] {
  const tag = 'workflows';
  return [
    defineRoute({
      method: 'get',
      path: '/workflows/metrics',
      operationId: 'getWorkflowMetrics',
      summary: 'Counts, durations, errors and throughput of your workflows over a window',
      tag,
      query: metricsQuery,
      status: 200,
      response: metricsSchema,
      handler: ({ query, principal }) => api.metrics(principal.tenantId, query),
    }),
    defineRoute({
      method: 'get',
      path: '/workflows',
      operationId: 'listWorkflows',
      summary: 'Your workflows, newest first, filtered and paged',
      tag,
      query: listWorkflowsQuery,
      status: 200,
      response: workflowPageSchema,
      handler: async ({ query, principal, ctx }) => withNext(ctx, await api.list(principal.tenantId, query)),
    }),
    defineRoute({
      method: 'get',
      path: '/workflows/{id}/status',
      operationId: 'getWorkflowStatus',
      summary: 'A workflow at a glance: state, stage, retries, progress, output and last error',
      tag,
      params: workflowIdParams,
      status: 200,
      response: statusSchema,
      handler: ({ params, principal }) => api.status(principal.tenantId, params.id),
    }),
    defineRoute({
      method: 'get',
      path: '/workflows/{id}/history',
      operationId: 'getWorkflowHistory',
      summary: 'The audit trail of a workflow, oldest first: every state change, why and by whom',
      tag,
      params: workflowIdParams,
      query: historyQuery,
      status: 200,
      response: historyPageSchema,
      handler: async ({ params, query, principal, ctx }) => withNext(ctx, await api.history(principal.tenantId, params.id, query)),
    }),
    defineRoute({
      method: 'get',
      path: '/workflows/{id}/explain',
      operationId: 'explainWorkflow',
      summary: 'Why a workflow is where it is: what it waits for, until when, and what you can do',
      tag,
      params: workflowIdParams,
      status: 200,
      response: explanationSchema,
      handler: ({ params, principal }) => api.explain(principal.tenantId, params.id),
    }),
    defineRoute({
      method: 'get',
      path: '/dashboard/summary',
      operationId: 'getDashboardSummary',
      summary: 'The first screen: active workflows, states, leases, recent failures and the last hour',
      tag: 'dashboard',
      status: 200,
      response: dashboardSchema,
      handler: ({ principal }) => api.dashboard(principal.tenantId),
    }),
  ];
}

/** The page with a link to the next one: this request's own query with the cursor replaced. */
function withNext<T>(ctx: Context, page: Page<T>): Page<T> & { next: string | null } {
  if (page.next_cursor === null) return { ...page, next: null };
  const params = new URLSearchParams(ctx.querystring);
  params.set('cursor', page.next_cursor);
  return { ...page, next: `${ctx.path}?${params.toString()}` };
}
