import type { GrpcClient } from '@sluice/grpc';
import type { StageAttempt__Output, StateCount__Output, Transition__Output, WorkflowExplanation__Output, WorkflowServiceClient } from '@sluice/contracts';
import type { QueryApi } from '../http/query-routes.ts';
import { TIME_RANGES } from '../http/query-schemas.ts';
import { WORKFLOW_STATES } from '../http/schemas.ts';
import { toView } from './workflow-api.ts';

type Views<K extends keyof QueryApi> = Awaited<ReturnType<QueryApi[K]>>;

/** The read routes' port, implemented with the workflow service's query RPCs. */
export function queryApi(client: GrpcClient<WorkflowServiceClient>): QueryApi {
  const explain = (tenantId: string, id: string) => client.call('ExplainWorkflow', { tenant_id: tenantId, id });
  return {
    list: async (tenantId, q) => {
      const res = await client.call('ListWorkflows', {
        tenant_id: tenantId,
        states: q.state ?? [],
        type: q.type ?? '',
        current_stage: q.stage ?? '',
        created_after: q.created_after ?? '',
        created_before: q.created_before ?? '',
        page_size: q.limit,
        cursor: q.cursor ?? '',
      });
      return { items: res.workflows.map(toView), next_cursor: orNull(res.next_cursor) };
    },
    history: async (tenantId, id, q) => {
      const res = await client.call('GetWorkflowHistory', { tenant_id: tenantId, id, page_size: q.limit, cursor: q.cursor ?? '' });
      return { items: res.transitions.map(transitionView), next_cursor: orNull(res.next_cursor) };
    },
    explain: async (tenantId, id) => explanationView(await explain(tenantId, id)),
    status: async (tenantId, id) => statusView(await explain(tenantId, id)),
    metrics: async (tenantId, q) => {
      // The window ends now; its start is measured on this host's clock, which the workflow
      // service only checks for being in the past.
      const since = new Date(Date.now() - TIME_RANGES[q.time_range]).toISOString();
      const m = await client.call('GetWorkflowMetrics', { tenant_id: tenantId, type: q.type ?? '', since });
      const hours = TIME_RANGES[q.time_range] / 3_600_000;
      return {
        time_range: q.time_range,
        type: q.type ?? null,
        since: m.since,
        until: m.until,
        states: stateRecord(m.states),
        created: m.created,
        completed: m.completed,
        failed: m.failed,
        throughput_per_hour: m.completed / hours,
        duration_ms: { avg: m.duration_avg_ms, p50: m.duration_p50_ms, p95: m.duration_p95_ms },
        state_durations: m.state_durations.map((d) => ({ state: d.state as StateName, count: d.count, avg_ms: d.avg_ms, p95_ms: d.p95_ms })),
        stages: m.stages.map((s) => ({
          workflow_type: s.workflow_type,
          stage: s.stage,
          completed: s.completed,
          failed: s.failed,
          retried: s.retried,
          duration_ms: { avg: s.duration_avg_ms, p50: s.duration_p50_ms, p95: s.duration_p95_ms, p99: s.duration_p99_ms },
        })),
        errors: m.errors.map((e) => ({ category: e.category, code: e.code, count: e.count })),
        retries: m.retries,
      };
    },
    dashboard: async (tenantId) => {
      const d = await client.call('GetDashboardSummary', { tenant_id: tenantId });
      return {
        generated_at: d.generated_at,
        active: d.active,
        states: stateRecord(d.states),
        active_leases: d.active_leases,
        oldest_queued_age_ms: Number(d.oldest_queued_age_ms),
        window: '1h',
        avg_processing_ms: d.avg_processing_ms,
        error_rate: d.error_rate,
        throughput_per_hour: d.completed_per_hour,
        recent: d.recent.map(toView),
        recent_failures: d.recent_failures.map(toView),
      };
    },
  };
}

type StateName = (typeof WORKFLOW_STATES)[number];

/** Every state with its count, zeros included, so clients need not know the state list. */
function stateRecord(counts: readonly StateCount__Output[]): Record<StateName, number> {
  const record = Object.fromEntries(WORKFLOW_STATES.map((s) => [s, 0])) as Record<StateName, number>;
  for (const c of counts) if (c.state in record) record[c.state as StateName] = c.count;
  return record;
}

function transitionView(t: Transition__Output): Views<'history'>['items'][number] {
  return {
    version: t.version,
    from_state: t.from_state === 'WORKFLOW_STATE_UNSPECIFIED' ? null : (t.from_state as StateName),
    to_state: t.to_state as StateName,
    stage: orNull(t.stage),
    reason: t.reason,
    metadata: (parseOrNull(t.metadata_json) ?? {}) as Record<string, unknown>,
    actor: t.actor,
    at: t.at,
  };
}

function attemptView(a: StageAttempt__Output): NonNullable<Views<'explain'>['current_attempt']> {
  return {
    id: a.id,
    stage: a.stage,
    attempt: a.attempt,
    state: a.state.replace(/^ATTEMPT_STATE_/, '') as NonNullable<Views<'explain'>['current_attempt']>['state'],
    worker_id: orNull(a.worker_id),
    fence: orNull(a.fence),
    lease_expires_at: orNull(a.lease_expires_at),
    heartbeat_at: orNull(a.heartbeat_at),
    created_at: a.created_at,
    started_at: orNull(a.started_at),
    finished_at: orNull(a.finished_at),
    error: parseOrNull(a.error_json),
  };
}

function explanationView(e: WorkflowExplanation__Output): Views<'explain'> {
  return {
    workflow: toView(e.workflow!),
    summary: e.summary,
    stages: e.stages.map((s) => ({
      name: s.name,
      status: s.status.replace(/^STAGE_STATUS_/, '') as Views<'explain'>['stages'][number]['status'],
      attempts: s.attempts,
      last_error: parseOrNull(s.last_error_json),
      partial: parseOrNull(s.partial_json),
      started_at: orNull(s.started_at),
      finished_at: orNull(s.finished_at),
      progress_percent: s.progress_percent,
      progress_message: orNull(s.progress_message),
    })),
    allowed_actions: e.allowed_actions,
    current_attempt: e.current_attempt === null ? null : attemptView(e.current_attempt),
    queue_position: e.queue_position === 0 ? null : e.queue_position,
    queue_length: e.queue_position === 0 ? null : e.queue_length,
    waiting_for_signal: orNull(e.waiting_for_signal),
    quota_resource: orNull(e.quota_resource),
    suspend_reason: orNull(e.suspend_reason),
    next_attempt_at: orNull(e.workflow!.next_attempt_at),
  };
}

/** /status is the explanation boiled down to what a polling client needs. */
function statusView(e: WorkflowExplanation__Output): Views<'status'> {
  const x = explanationView(e);
  const wf = x.workflow;
  const current = x.stages.find((s) => s.name === wf.current_stage);
  return {
    id: wf.id,
    type: wf.type,
    state: wf.state,
    stage: wf.current_stage,
    retry_count: wf.retry_count,
    progress: {
      stages_done: x.stages.filter((s) => s.status === 'COMPLETED').length,
      stages_total: x.stages.length,
      percent: current?.progress_percent ?? 0,
      message: current?.progress_message ?? null,
    },
    metadata: {
      priority: wf.priority,
      version: wf.version,
      definition_version: e.workflow!.definition_version,
      created_at: wf.created_at,
      updated_at: wf.updated_at,
      next_attempt_at: x.next_attempt_at,
    },
    output: wf.output,
    last_error: wf.last_error,
  };
}

function orNull(text: string): string | null {
  return text === '' ? null : text;
}

function parseOrNull(text: string): unknown {
  return text === '' ? null : JSON.parse(text);
}
