import type { EntityManager } from '@mikro-orm/postgresql';
import type { DashboardSummary } from '@sluice/contracts';
import { dbNow } from './db-now.ts';
import { listWorkflows } from './list-workflows.ts';
import { workflowOut } from './messages.ts';
import { queueHealth } from './queue-health.ts';
import { recentFailures } from './recent-failures.ts';
import { ACTIVE_STATES } from './settled-states.ts';
import { stageMetrics } from './stage-metrics.ts';
import { stateCounts } from './state-counts.ts';
import { workflowOutcomes } from './workflow-outcomes.ts';

/** The rates on the first screen cover the last hour: recent enough to show trouble as it starts. */
export const DASHBOARD_WINDOW_MS = 3_600_000;
const RECENT = 10;

/** What the tenant dashboard shows first: where its workflows are now and how the last hour went. */
export async function dashboardSummary(em: EntityManager, tenantId: string): Promise<DashboardSummary> {
  const now = await dbNow(em);
  const scope = { tenantId, type: null, since: new Date(now.getTime() - DASHBOARD_WINDOW_MS) };
  const states = await stateCounts(em, tenantId, null);
  const health = await queueHealth(em, tenantId);
  const outcomes = await workflowOutcomes(em, scope);
  const stages = await stageMetrics(em, scope);
  const failedAttempts = stages.reduce((sum, s) => sum + s.failed, 0);
  const finishedAttempts = failedAttempts + stages.reduce((sum, s) => sum + s.completed, 0);
  const recent = await listWorkflows(em, { tenantId, states: [], type: null, currentStage: null, createdAfter: null, createdBefore: null }, null, RECENT);
  return {
    tenant_id: tenantId,
    states: states.map((r) => ({ state: r.state as never, count: r.count })),
    active: states.filter((r) => (ACTIVE_STATES as readonly string[]).includes(r.state)).reduce((sum, r) => sum + r.count, 0),
    active_leases: health.active_leases,
    oldest_queued_age_ms: health.oldest_queued_age_ms,
    recent_failures: (await recentFailures(em, tenantId, RECENT)).map(workflowOut),
    recent: recent.map(workflowOut),
    generated_at: now.toISOString(),
    window_ms: DASHBOARD_WINDOW_MS,
    avg_processing_ms: outcomes?.duration_avg_ms ?? 0,
    error_rate: finishedAttempts === 0 ? 0 : failedAttempts / finishedAttempts,
    completed_per_hour: ((outcomes?.completed ?? 0) * 3_600_000) / DASHBOARD_WINDOW_MS,
  };
}
