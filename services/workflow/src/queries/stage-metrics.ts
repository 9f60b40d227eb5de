import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../store/sql.ts';
import { IN_SCOPE, SCOPE_CTE, scopeParams, type MetricsScope } from './metrics-scope.ts';

export interface StageMetricsRow {
  workflow_type: string;
  stage: string;
  completed: number;
  failed: number;
  /** Attempts after the first of their stage, created in the window. */
  retried: number;
  /** Started → finished of the attempts that finished in the window; null when none. */
  duration_avg_ms: number | null;
  duration_p50_ms: number | null;
  duration_p95_ms: number | null;
  duration_p99_ms: number | null;
}

/**
 * Per workflow type and stage: attempts completed, failed and retried in the window, and the
 * durations of those that finished in it. The type comes from the attempt row (migration 0002)
 * or, for rows written before the engine filled it, from the workflow.
 */
export function stageMetrics(em: EntityManager, scope: MetricsScope): Promise<StageMetricsRow[]> {
  return query<StageMetricsRow>(
    em,
    `with ${SCOPE_CTE}
     select coalesce(a.workflow_type, w.type) as workflow_type, a.stage,
            (count(*) filter (where a.state = 'COMPLETED' and a.finished_at >= scope.since))::int as completed,
            (count(*) filter (where a.state = 'FAILED' and a.finished_at >= scope.since))::int as failed,
            (count(*) filter (where a.attempt > 1 and a.created_at >= scope.since))::int as retried,
            avg(run.ms) as duration_avg_ms,
            percentile_cont(0.5) within group (order by run.ms) as duration_p50_ms,
            percentile_cont(0.95) within group (order by run.ms) as duration_p95_ms,
            percentile_cont(0.99) within group (order by run.ms) as duration_p99_ms
     from scope cross join stage_attempts a
     join workflows w on w.id = a.workflow_id
     cross join lateral (
       select case when a.finished_at >= scope.since and a.started_at is not null
                   then extract(epoch from a.finished_at - a.started_at)::float8 * 1000 end as ms
     ) run
     where ${IN_SCOPE} and (a.created_at >= scope.since or a.finished_at >= scope.since)
     group by 1, 2 order by 1, 2`,
    scopeParams(scope),
  );
}
