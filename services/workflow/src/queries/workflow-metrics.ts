import type { EntityManager } from '@mikro-orm/postgresql';
import type { WorkflowMetrics } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { dbNow } from './db-now.ts';
import { errorBreakdown } from './error-breakdown.ts';
import type { MetricsScope } from './metrics-scope.ts';
import { stageMetrics } from './stage-metrics.ts';
import { stateCounts } from './state-counts.ts';
import { stateDurations } from './state-durations.ts';
import { workflowOutcomes } from './workflow-outcomes.ts';

const HOUR_MS = 3_600_000;
/** The proto's default window. */
export const DEFAULT_WINDOW_MS = 24 * HOUR_MS;
/** The longest window: the queries scan the window's audit rows and attempts, so it is bounded. */
export const MAX_WINDOW_MS = 31 * 24 * HOUR_MS;

/** Counts and durations of one tenant's workflows (of one type, or all) over [since, now). */
export async function workflowMetrics(em: EntityManager, tenantId: string, type: string | null, since: Date | null): Promise<WorkflowMetrics> {
  const now = await dbNow(em);
  const from = since ?? new Date(now.getTime() - DEFAULT_WINDOW_MS);
  if (from.getTime() >= now.getTime()) throw SluiceError.invalidArgument(`since ${from.toISOString()} is not in the past`, { field: 'since' });
  if (now.getTime() - from.getTime() > MAX_WINDOW_MS) throw SluiceError.invalidArgument('since is more than 31 days ago', { field: 'since' });
  const scope: MetricsScope = { tenantId, type, since: from };
  const outcomes = await workflowOutcomes(em, scope);
  const stages = await stageMetrics(em, scope);
  const minutes = (now.getTime() - from.getTime()) / 60_000;
  return {
    tenant_id: tenantId,
    since: from.toISOString(),
    until: now.toISOString(),
    states: (await stateCounts(em, tenantId, type)).map((r) => ({ state: r.state as never, count: r.count })),
    created: outcomes?.created ?? 0,
    completed: outcomes?.completed ?? 0,
    failed: outcomes?.failed ?? 0,
    completed_per_minute: (outcomes?.completed ?? 0) / minutes,
    duration_avg_ms: outcomes?.duration_avg_ms ?? 0,
    duration_p50_ms: outcomes?.duration_p50_ms ?? 0,
    duration_p95_ms: outcomes?.duration_p95_ms ?? 0,
    stages: stages.map((s) => ({
      workflow_type: s.workflow_type,
      stage: s.stage,
      completed: s.completed,
      failed: s.failed,
      retried: s.retried,
      duration_avg_ms: s.duration_avg_ms ?? 0,
      duration_p50_ms: s.duration_p50_ms ?? 0,
      duration_p95_ms: s.duration_p95_ms ?? 0,
      duration_p99_ms: s.duration_p99_ms ?? 0,
    })),
    state_durations: (await stateDurations(em, scope)).map((d) => ({ state: d.state as never, count: d.count, avg_ms: d.avg_ms, p95_ms: d.p95_ms })),
    errors: await errorBreakdown(em, scope),
    retries: stages.reduce((sum, s) => sum + s.retried, 0),
  };
}
