import { unary } from '@sluice/grpc';
import type { WorkflowServiceHandlers } from '@sluice/contracts';
import { cancelWorkflow, resumeWorkflow, retryWorkflow, suspendWorkflow, type ControlRequest } from '../engine/control.ts';
import { resumeQuotaExceeded } from '../engine/resume-quota-exceeded.ts';
import { parseJsonField } from './json-field.ts';
import { workflowMessage } from './to-message.ts';
import { requireField, requireStageName, requireUuid } from './validate.ts';
import { signalWorkflow } from '../engine/signals.ts';
import type { HandlerDeps } from './workflow-handlers.ts';

/** The most workflows one ResumeQuotaExceeded call moves; call again for more. */
const BULK_LIMIT = 1000;

function controlRequest(req: { tenant_id: string; id: string; reason: string; actor: string; expected_version: number }): ControlRequest {
  const tenantId = requireField('tenant_id', req.tenant_id);
  return { tenantId, id: requireUuid('id', req.id), reason: req.reason.trim(), actor: req.actor || `tenant:${tenantId}`, expectedVersion: req.expected_version };
}

/** A person's commands: cancel, suspend, resume, retry, and the bulk quota resume. */
export function controlHandlers(deps: HandlerDeps): Partial<WorkflowServiceHandlers> {
  const em = () => deps.orm.em.fork();
  const committed = <T>(result: T): T => {
    deps.afterCommit();
    return result;
  };
  return {
    CancelWorkflow: unary(async (req) => workflowMessage(committed(await cancelWorkflow(em(), deps.engine, controlRequest(req))))),
    SuspendWorkflow: unary(async (req) => workflowMessage(committed(await suspendWorkflow(em(), deps.engine, controlRequest(req))))),
    ResumeWorkflow: unary(async (req) => {
      const input = req.input_json === '' ? undefined : parseJsonField('input_json', req.input_json);
      return workflowMessage(committed(await resumeWorkflow(em(), deps.engine, { ...controlRequest(req), ...(input === undefined ? {} : { input }) })));
    }),
    RetryWorkflow: unary(async (req) => workflowMessage(committed(await retryWorkflow(em(), deps.engine, { ...controlRequest(req), fromStage: req.from_stage })))),
    SignalWorkflow: unary(async (req) => {
      const tenantId = requireField('tenant_id', req.tenant_id);
      const workflow = await signalWorkflow(em(), deps.engine, {
        tenantId,
        id: requireUuid('id', req.id),
        name: requireStageName('signal', req.signal),
        payload: parseJsonField('payload_json', req.payload_json),
        idempotencyKey: req.idempotency_key === '' ? null : req.idempotency_key,
        actor: req.actor || `tenant:${tenantId}`,
      });
      return workflowMessage(committed(workflow));
    }),
    ResumeQuotaExceeded: unary(async (req) => {
      const tenantId = requireField('tenant_id', req.tenant_id);
      const ids = committed(await resumeQuotaExceeded(em(), deps.engine, { tenantId, quotaResource: req.quota_resource, actor: req.actor || `tenant:${tenantId}`, limit: BULK_LIMIT }));
      return { resumed: ids.length, workflow_ids: ids };
    }),
  };
}
