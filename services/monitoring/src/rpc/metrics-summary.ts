import type { MetricsSummary } from '@sluice/contracts';
import type { EntityManager } from '@sluice/db';
import { METRICS } from '../domain/metric-catalog.ts';
import { WORKFLOW_STATES } from '../domain/workflow-events.ts';
import { sumByLabel } from '../store/sum-by-label.ts';
import { sumMinutes } from '../store/sum-minutes.ts';

export interface SummaryInput {
  /** "" = every tenant. */
  readonly tenantId: string;
  readonly windowMs: number;
  readonly now: Date;
  /** Messages the monitoring consumer has yet to finish. */
  readonly consumerPending: number;
}

/**
 * The headline numbers from the stored metrics. Rates have minute resolution: the window
 * starts at the beginning of the minute it falls in. Fields for metrics not kept yet (stage
 * failures and durations, quota, storage, alerts) stay 0.
 */
export async function metricsSummary(em: EntityManager, input: SummaryInput): Promise<MetricsSummary> {
  const { tenantId, windowMs } = input;
  const byState = await sumByLabel(em, METRICS.workflowsInState.name, 'state', tenantId);
  const consumed = await sumByLabel(em, METRICS.eventsConsumed.name, 'type', tenantId);
  const rateMetrics = [METRICS.workflowsCreated.name, METRICS.workflowsCompleted.name];
  const start = input.now.getTime() - windowMs;
  const inWindow = await sumMinutes(em, rateMetrics, new Date(start - (start % 60_000)), tenantId);
  const perMinute = (metric: string) => ((inWindow.get(metric) ?? 0) * 60_000) / windowMs;
  return {
    tenant_id: tenantId,
    window_ms: windowMs,
    // In the state machine's order; a state nobody is in is left out.
    workflows_by_state: [...WORKFLOW_STATES].filter((s) => (byState.get(s) ?? 0) > 0).map((s) => ({ name: s, count: byState.get(s) })),
    workflows_created_per_minute: perMinute(METRICS.workflowsCreated.name),
    workflows_completed_per_minute: perMinute(METRICS.workflowsCompleted.name),
    events_consumed: [...consumed.values()].reduce((a, b) => a + b, 0),
    consumer_pending: input.consumerPending,
    generated_at: input.now.toISOString(),
  };
}
