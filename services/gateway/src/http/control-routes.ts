import { z } from 'zod';
import 'zod-openapi';
import { defineRoute, type AnyRoute } from './route.ts';
import { workflowIdParams, workflowSchema } from './schemas.ts';
import type { WorkflowView } from './workflow-routes.ts';

const reason = z.string().max(1000).default('').meta({ description: 'Why; kept in the audit trail' });
const expectedVersion = z.number().int().min(1).optional().meta({ description: 'The version you last saw: a stale one is 409 CONFLICT' });

export const commandBody = z.object({ reason, expected_version: expectedVersion }).strict().meta({ id: 'WorkflowCommand' });
export const suspendBody = z
  .object({ reason: z.string().trim().min(1, 'is required').max(1000), expected_version: expectedVersion })
  .strict()
  .meta({ id: 'SuspendWorkflowRequest' });
export const resumeBody = z
  .object({ reason, expected_version: expectedVersion, input: z.record(z.string(), z.unknown()).optional().meta({ description: 'Replaces the resumed stage input' }) })
  .strict()
  .meta({ id: 'ResumeWorkflowRequest' });
export const retryBody = z
  .object({ reason, expected_version: expectedVersion, from_stage: z.string().max(63).default('').meta({ description: 'Re-run from this stage; default the failed one' }) })
  .strict()
  .meta({ id: 'RetryWorkflowRequest' });
export const resumeQuotaBody = z
  .object({ quota_resource: z.string().max(200).default('').meta({ description: 'Only workflows waiting on this resource; default all' }) })
  .strict()
  .meta({ id: 'ResumeQuotaExceededRequest' });
export const signalBody = z
  .object({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,62}$/, 'must be letters, digits, _ or -, starting with a letter'),
    payload: z.unknown().optional().meta({ description: 'Any JSON; the waiting stage gets it from ctx.waitForSignal()' }),
    idempotency_key: z.string().min(1).max(200).optional().meta({ description: 'A repeated signal with the same key is delivered once' }),
  })
  .strict()
  .meta({ id: 'SignalWorkflowRequest' });
const resumeQuotaResponse = z.object({ resumed: z.number().int(), workflow_ids: z.array(z.string()) }).meta({ id: 'ResumeQuotaExceededResponse' });

export type CommandInput = { reason: string; expected_version?: number | undefined };

/** What the command routes need from the workflow service (gRPC in rpc/control-api.ts). */
export interface ControlApi {
  cancel(tenantId: string, id: string, body: CommandInput, actor: string): Promise<WorkflowView>;
  suspend(tenantId: string, id: string, body: CommandInput, actor: string): Promise<WorkflowView>;
  resume(tenantId: string, id: string, body: CommandInput & { input?: Record<string, unknown> | undefined }, actor: string): Promise<WorkflowView>;
  retry(tenantId: string, id: string, body: CommandInput & { from_stage: string }, actor: string): Promise<WorkflowView>;
  resumeQuotaExceeded(tenantId: string, quotaResource: string, actor: string): Promise<{ resumed: number; workflow_ids: string[] }>;
  signal(tenantId: string, id: string, body: z.output<typeof signalBody>, actor: string): Promise<WorkflowView>;
}

/** A person's commands on workflows. An edge the state machine does not allow is 409 INVALID_TRANSITION. */
export function controlRoutes(api: ControlApi): AnyRoute[] {
  const actor = (keyId: string) => `api-key:${keyId}`;
  const command = (name: 'cancel' | 'suspend' | 'resume' | 'retry', summary: string, body: z.ZodObject) =>
    defineRoute({
      method: 'post',
      path: `/workflows/{id}/${name}`,
      operationId: `${name}Workflow`,
      summary,
      tag: 'workflows',
      params: workflowIdParams,
      body,
      status: 200,
      response: workflowSchema,
      handler: ({ params, body: input, principal }) => api[name](principal.tenantId, params.id, input as never, actor(principal.keyId)),
    });
  return [
    // Before /workflows/{id}/…: a literal path segment must win over the id parameter.
    defineRoute({
      method: 'post',
      path: '/workflows/resume-quota-exceeded',
      operationId: 'resumeQuotaExceeded',
      summary: 'Resume the workflows parked in QUOTA_EXCEEDED now (optionally one quota resource)',
      tag: 'workflows',
      body: resumeQuotaBody,
      status: 200,
      response: resumeQuotaResponse,
      handler: ({ body, principal }) => api.resumeQuotaExceeded(principal.tenantId, body.quota_resource, actor(principal.keyId)),
    }),
    command('cancel', 'Cancel a workflow; a running stage is stopped', commandBody),
    command('suspend', 'Suspend a workflow for a person, with a reason', suspendBody),
    command('resume', 'Resume a SUSPENDED workflow (or a parked one now)', resumeBody),
    command('retry', 'Run a FAILED, SUSPENDED or PARTIALLY_PROCESSED workflow again', retryBody),
    defineRoute({
      method: 'post',
      path: '/workflows/{id}/signal',
      operationId: 'signalWorkflow',
      summary: 'Send a signal; a workflow WAITING for it goes on',
      tag: 'workflows',
      params: workflowIdParams,
      body: signalBody,
      status: 200,
      response: workflowSchema,
      handler: ({ params, body, principal }) => api.signal(principal.tenantId, params.id, body, actor(principal.keyId)),
    }),
  ];
}
