import { z } from 'zod';
import 'zod-openapi';
import { WORKFLOW_STATES, workflowSchema, workflowTypeSchema } from './schemas.ts';

/** Request and response schemas of the read routes (validation and OpenAPI both come from here). */

const stateSchema = z.enum(WORKFLOW_STATES);
const nullableTime = z.string().nullable().meta({ description: 'RFC 3339 in UTC; null when not set' });

// Koa hands a repeated parameter over as an array and a single one as a string; both forms,
// and comma-separated lists in either, mean "any of these states".
const stateList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''))
  .pipe(z.array(stateSchema))
  .meta({ description: 'Any of these states: comma-separated (state=QUEUED,PROCESSING) or repeated (state=QUEUED&state=PROCESSING)' });

const limit = (fallback: number) =>
  z.coerce.number().int('must be a whole number').min(1).max(500).default(fallback).meta({ description: `Page size, 1..500 (default ${fallback})` });
const cursor = z.string().min(1).max(512).optional().meta({ description: 'The next_cursor of the previous page' });

export const listWorkflowsQuery = z
  .object({
    state: stateList.optional(),
    type: workflowTypeSchema.optional(),
    stage: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,62}$/, 'must be a stage name').optional().meta({ description: 'The current stage' }),
    created_after: z.iso.datetime({ offset: true }).optional().meta({ description: 'Created at or after (RFC 3339)' }),
    created_before: z.iso.datetime({ offset: true }).optional().meta({ description: 'Created before (RFC 3339)' }),
    limit: limit(50),
    cursor,
  })
  .strict();

export const historyQuery = z.object({ limit: limit(100), cursor }).strict();

export const TIME_RANGES = { '1h': 3_600_000, '24h': 86_400_000, '7d': 604_800_000 } as const;
export type TimeRange = keyof typeof TIME_RANGES;

export const metricsQuery = z
  .object({
    time_range: z.enum(['1h', '24h', '7d']).default('24h').meta({ description: 'The window, ending now' }),
    type: workflowTypeSchema.optional(),
  })
  .strict();

const page = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      items: z.array(item),
      next_cursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page' }),
      next: z.string().nullable().meta({ description: 'The next page as a link; null on the last page' }),
    })
    .meta({ id });

export const workflowPageSchema = page(workflowSchema, 'WorkflowPage');

export const transitionSchema = z
  .object({
    version: z.number().int().meta({ description: 'The workflow version this transition produced (1 = creation)' }),
    from_state: stateSchema.nullable(),
    to_state: stateSchema,
    stage: z.string().nullable(),
    reason: z.string(),
    metadata: z.record(z.string(), z.unknown()),
    actor: z.string(),
    at: z.string(),
  })
  .meta({ id: 'Transition' });

export const historyPageSchema = page(transitionSchema, 'TransitionPage');

export const attemptSchema = z
  .object({
    id: z.string(),
    stage: z.string(),
    attempt: z.number().int(),
    state: z.enum(['PENDING', 'RUNNING', 'COMPLETED', 'FAILED', 'RELEASED', 'EXPIRED', 'CANCELLED', 'UNSPECIFIED']),
    worker_id: z.string().nullable(),
    fence: z.string().nullable(),
    lease_expires_at: nullableTime,
    heartbeat_at: nullableTime,
    created_at: z.string(),
    started_at: nullableTime,
    finished_at: nullableTime,
    error: z.unknown().nullable(),
  })
  .meta({ id: 'StageAttempt' });

export const stageSummarySchema = z
  .object({
    name: z.string(),
    status: z.enum(['NOT_STARTED', 'RUNNING', 'WAITING', 'COMPLETED', 'FAILED', 'SKIPPED', 'UNSPECIFIED']),
    attempts: z.number().int(),
    last_error: z.unknown().nullable(),
    partial: z.unknown().nullable(),
    started_at: nullableTime,
    finished_at: nullableTime,
    progress_percent: z.number(),
    progress_message: z.string().nullable(),
  })
  .meta({ id: 'StageSummary' });

export const explanationSchema = z
  .object({
    workflow: workflowSchema,
    summary: z.string().meta({ description: 'One or two sentences: where the workflow stands and why' }),
    stages: z.array(stageSummarySchema),
    allowed_actions: z.array(z.string()),
    current_attempt: attemptSchema.nullable(),
    queue_position: z.number().int().nullable().meta({ description: 'QUEUED: 1 = next in line for its type and stage' }),
    queue_length: z.number().int().nullable(),
    waiting_for_signal: z.string().nullable(),
    quota_resource: z.string().nullable(),
    suspend_reason: z.string().nullable(),
    next_attempt_at: nullableTime,
  })
  .meta({ id: 'WorkflowExplanation' });

export const statusSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    state: stateSchema,
    stage: z.string().nullable(),
    retry_count: z.number().int(),
    progress: z.object({
      stages_done: z.number().int(),
      stages_total: z.number().int(),
      percent: z.number().meta({ description: "The current stage's last progress report, 0..100" }),
      message: z.string().nullable(),
    }),
    metadata: z.object({
      priority: z.number().int().nullable().meta({ description: "The priority given at creation; null: each stage's default" }),
      version: z.number().int(),
      definition_version: z.number().int(),
      created_at: z.string(),
      updated_at: z.string(),
      next_attempt_at: nullableTime,
    }),
    output: z.unknown().nullable(),
    last_error: z.unknown().nullable(),
  })
  .meta({ id: 'WorkflowStatus' });

const stateCounts = z.record(stateSchema, z.number().int()).meta({ description: 'Workflows in each state now' });
const durationStats = z.object({ avg: z.number(), p50: z.number(), p95: z.number() });

export const metricsSchema = z
  .object({
    time_range: z.enum(['1h', '24h', '7d']),
    type: z.string().nullable(),
    since: z.string(),
    until: z.string(),
    states: stateCounts,
    created: z.number().int(),
    completed: z.number().int(),
    failed: z.number().int(),
    throughput_per_hour: z.number().meta({ description: 'Workflows completed per hour over the window' }),
    duration_ms: durationStats.meta({ description: 'Creation → completion of the workflows completed in the window' }),
    state_durations: z.array(z.object({ state: stateSchema, count: z.number().int(), avg_ms: z.number(), p95_ms: z.number() })),
    stages: z.array(
      z.object({
        workflow_type: z.string(),
        stage: z.string(),
        completed: z.number().int(),
        failed: z.number().int(),
        retried: z.number().int(),
        duration_ms: durationStats.extend({ p99: z.number() }),
      }),
    ),
    errors: z.array(z.object({ category: z.string(), code: z.string(), count: z.number().int() })),
    retries: z.number().int(),
  })
  .meta({ id: 'WorkflowMetrics' });

export const dashboardSchema = z
  .object({
    generated_at: z.string(),
    active: z.number().int().meta({ description: 'Workflows not COMPLETED, CANCELLED, FAILED or PARTIALLY_PROCESSED' }),
    states: stateCounts,
    active_leases: z.number().int(),
    oldest_queued_age_ms: z.number().int(),
    window: z.literal('1h').meta({ description: 'The window of the three rates below' }),
    avg_processing_ms: z.number(),
    error_rate: z.number().meta({ description: 'Failed / finished stage attempts, 0..1' }),
    throughput_per_hour: z.number(),
    recent: z.array(workflowSchema),
    recent_failures: z.array(workflowSchema),
  })
  .meta({ id: 'DashboardSummary' });
