import { z } from 'zod';
import 'zod-openapi';

/** Request and response schemas of the REST API (validation and OpenAPI both come from here). */

export const WORKFLOW_STATES = [
  'CREATED', 'QUEUED', 'PROCESSING', 'WAITING', 'QUOTA_EXCEEDED', 'RETRYING', 'FAILED', 'SUSPENDED',
  'PARTIALLY_PROCESSED', 'COMPLETED', 'CANCELLED',
] as const;

export const errorBodySchema = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()) }),
    status_code: z.number().int(),
    path: z.string(),
    trace_id: z.string().nullable(),
  })
  .meta({ id: 'ErrorBody', description: 'The one error shape of every Sluice API response' });

export const workflowTypeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,62}$/, 'must be lower-case letters, digits, _ or -, starting with a letter (max 63)')
  .meta({ example: 'demo' });

export const createWorkflowBody = z
  .object({
    type: workflowTypeSchema,
    input: z.record(z.string(), z.unknown()).default({}).meta({ description: 'The first stage input (a JSON object)' }),
    priority: z
      .number()
      .int()
      .min(-100)
      .max(100)
      .optional()
      .meta({ description: "Higher runs first. Without one, each stage is queued at its definition's default priority (0 unless the stage sets one)" }),
  })
  .strict()
  .meta({ id: 'CreateWorkflowRequest' });

export const workflowIdParams = z.object({
  id: z.string().uuid('must be a workflow id (a UUID)').meta({ param: { description: 'Workflow id' } }),
});

export const workflowSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    state: z.enum(WORKFLOW_STATES),
    current_stage: z.string().nullable(),
    input: z.unknown(),
    output: z.unknown().nullable(),
    priority: z.number().int().nullable().meta({ description: "The priority given at creation; null: each stage runs at its definition's default priority" }),
    retry_count: z.number().int(),
    last_error: z.unknown().nullable(),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'Workflow' });
