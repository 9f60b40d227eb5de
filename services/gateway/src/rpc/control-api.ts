import type { GrpcClient } from '@sluice/grpc';
import type { WorkflowServiceClient } from '@sluice/contracts';
import type { ControlApi } from '../http/control-routes.ts';
import { toView } from './workflow-api.ts';

/** The command routes' port, implemented with the workflow service's gRPC API. */
export function controlApi(client: GrpcClient<WorkflowServiceClient>): ControlApi {
  const base = (tenantId: string, id: string, body: { reason: string; expected_version?: number | undefined }, actor: string) => ({
    tenant_id: tenantId,
    id,
    reason: body.reason,
    actor,
    expected_version: body.expected_version ?? 0,
  });
  return {
    cancel: async (t, id, body, actor) => toView(await client.call('CancelWorkflow', base(t, id, body, actor))),
    suspend: async (t, id, body, actor) => toView(await client.call('SuspendWorkflow', base(t, id, body, actor))),
    resume: async (t, id, body, actor) =>
      toView(await client.call('ResumeWorkflow', { ...base(t, id, body, actor), input_json: body.input === undefined ? '' : JSON.stringify(body.input) })),
    retry: async (t, id, body, actor) => toView(await client.call('RetryWorkflow', { ...base(t, id, body, actor), from_stage: body.from_stage })),
    signal: async (t, id, body, actor) =>
      toView(await client.call('SignalWorkflow', { tenant_id: t, id, signal: body.name, payload_json: JSON.stringify(body.payload ?? null), actor, idempotency_key: body.idempotency_key ?? '' })),
    resumeQuotaExceeded: async (t, quotaResource, actor) => {
      const res = await client.call('ResumeQuotaExceeded', { tenant_id: t, quota_resource: quotaResource, actor });
      return { resumed: res.resumed, workflow_ids: res.workflow_ids };
    },
  };
}
