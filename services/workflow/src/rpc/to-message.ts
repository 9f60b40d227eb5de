import type { Workflow, ClaimStageResponse, WorkflowDefinition } from '@sluice/contracts';
import type { AttemptRow, DefinitionRow, WorkflowRow, WorkflowView } from '../store/rows.ts';
import { toJsonField } from './json-field.ts';

export function workflowMessage(row: WorkflowView): Workflow {
  return {
    id: row.id,
    tenant_id: row.tenant_id,
    type: row.type,
    state: row.state,
    current_stage: row.current_stage ?? '',
    input_json: toJsonField(row.input),
    output_json: toJsonField(row.output),
    ...(row.priority === null ? {} : { priority: row.priority }),
    version: row.version,
    created_at: toIso(row.created_at),
    updated_at: toIso(row.updated_at),
    retry_count: row.retry_count,
    last_error_json: toJsonField(row.last_error),
    next_attempt_at: row.next_attempt_at === null ? '' : toIso(row.next_attempt_at),
    definition_version: row.definition_version,
  };
}

export function claimMessage(attempt: Pick<AttemptRow, 'id' | 'stage' | 'fence' | 'input' | 'lease_expires_at' | 'attempt' | 'partial' | 'timeout_ms'>, wf: Pick<WorkflowRow, 'id' | 'tenant_id' | 'type'>, signals: Record<string, unknown> = {}): ClaimStageResponse {
  return {
    attempt_id: attempt.id,
    workflow_id: wf.id,
    tenant_id: wf.tenant_id,
    workflow_type: wf.type,
    stage: attempt.stage,
    fence: attempt.fence!,
    input_json: toJsonField(attempt.input),
    lease_expires_at: toIso(attempt.lease_expires_at!),
    attempt: attempt.attempt,
    partial_json: toJsonField(attempt.partial),
    timeout_ms: attempt.timeout_ms,
    signals_json: JSON.stringify(signals),
  };
}

export function definitionMessage(row: DefinitionRow): WorkflowDefinition {
  return {
    type: row.type,
    version: row.version,
    stages: row.stages.map((s) => ({
      name: s.name,
      retry: { max_attempts: s.retry.maxAttempts, initial_delay_ms: s.retry.initialDelayMs, multiplier: s.retry.multiplier, max_delay_ms: s.retry.maxDelayMs, jitter: s.retry.jitter },
      timeout_ms: s.timeoutMs,
      lease_ttl_ms: s.leaseTtlMs,
      quota_resource: s.quotaResource,
      max_concurrency: s.maxConcurrency,
      priority: s.priority,
    })),
    max_concurrency: row.options.maxConcurrency ?? 0,
    max_concurrency_per_tenant: row.options.maxConcurrencyPerTenant ?? 0,
    timeout_ms: row.options.timeoutMs ?? 0,
    max_queued_per_tenant: row.options.maxQueuedPerTenant ?? 0,
  };
}

/** RFC 3339 in UTC, from PostgreSQL's timestamptz text (any session time zone). */
export function toIso(value: string): string {
  return new Date(value).toISOString();
}
