import { z } from 'zod';
import { defineRoute, type AnyRoute } from './route.ts';
import { createWorkflowBody, workflowIdParams, workflowSchema } from './schemas.ts';

export type WorkflowView = z.output<typeof workflowSchema>;

/** What the workflow routes need from the workflow service (implemented over gRPC in rpc/). */
export interface WorkflowApi {
  create(tenantId: string, request: z.output<typeof createWorkflowBody>): Promise<WorkflowView>;
  get(tenantId: string, id: string): Promise<WorkflowView>;
}

export function workflowRoutes(api: WorkflowApi): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/workflows',
      operationId: 'createWorkflow',
      summary: 'Start a workflow',
      tag: 'workflows',
      body: createWorkflowBody,
      status: 201,
      response: workflowSchema,
      handler: async ({ body, principal, ctx }) => {
        const workflow = await api.create(principal.tenantId, body);
        ctx.set('Location', `/api/v1/workflows/${workflow.id}`);
        return workflow;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workflows/{id}',
      operationId: 'getWorkflow',
      summary: 'A workflow: state, current stage, input and output',
      tag: 'workflows',
      params: workflowIdParams,
      status: 200,
      response: workflowSchema,
      handler: ({ params, principal }) => api.get(principal.tenantId, params.id),
    }),
  ];
}
