import type { GrpcClient } from '@sluice/grpc';
import type { WorkflowServiceClient, Workflow__Output } from '@sluice/contracts';
import type { WorkflowApi, WorkflowView } from '../http/workflow-routes.ts';

/** The workflow routes' port, implemented with the workflow service's gRPC API. */
export function workflowApi(client: GrpcClient<WorkflowServiceClient>): WorkflowApi {
  return {
    create: async (tenantId, request) =>
      toView(
        await client.call('CreateWorkflow', {
          tenant_id: tenantId,
          type: request.type,
          input_json: JSON.stringify(request.input),
          ...(request.priority === undefined ? {} : { priority: request.priority }),
        }),
      ),
    get: async (tenantId, id) => toView(await client.call('GetWorkflow', { tenant_id: tenantId, id })),
  };
}

export function toView(wf: Workflow__Output): WorkflowView {
  return {
    id: wf.id,
    type: wf.type,
    state: wf.state as WorkflowView['state'],
    current_stage: wf.current_stage === '' ? null : wf.current_stage,
    input: parseOrNull(wf.input_json),
    output: parseOrNull(wf.output_json),
    priority: wf.priority ?? null,
    retry_count: wf.retry_count,
    last_error: parseOrNull(wf.last_error_json),
    version: wf.version,
    created_at: wf.created_at,
    updated_at: wf.updated_at,
  };
}

function parseOrNull(text: string): unknown {
  return text === '' ? null : JSON.parse(text);
}
