import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from '../store/sql.ts';
import { IN_SCOPE, SCOPE_CTE, scopeParams, type MetricsScope } from './metrics-scope.ts';

export interface WorkflowOutcomes {
  created: number;
  completed: number;
  failed: number;
  /** Creation → completion of the workflows completed in the window; null when none. */
  duration_avg_ms: number | null;
  duration_p50_ms: number | null;
  duration_p95_ms: number | null;
}

/**
 * Workflows created, completed and failed in the window, and the end-to-end durations of the
 * completed ones. Completions and failures are read from the audit trail (the transition into
 * the state), which every engine path writes, rather than from finished_at.
 */
export function workflowOutcomes(em: EntityManager, scope: MetricsScope): Promise<WorkflowOutcomes | null> {
  return queryOne<WorkflowOutcomes>(
    em,
    `with ${SCOPE_CTE},
     ends as (
       select t.to_state, extract(epoch from t.at - w.created_at)::float8 * 1000 as ms
       from scope cross join workflow_transitions t join workflows w on w.id = t.workflow_id
       where ${IN_SCOPE} and t.at >= scope.since and t.to_state in ('COMPLETED', 'FAILED')
     )
     select
       (select count(*) from scope cross join workflows w where ${IN_SCOPE} and w.created_at >= scope.since)::int as created,
       (count(*) filter (where to_state = 'COMPLETED'))::int as completed,
       (count(*) filter (where to_state = 'FAILED'))::int as failed,
       avg(ms) filter (where to_state = 'COMPLETED') as duration_avg_ms,
       percentile_cont(0.5) within group (order by ms) filter (where to_state = 'COMPLETED') as duration_p50_ms,
       percentile_cont(0.95) within group (order by ms) filter (where to_state = 'COMPLETED') as duration_p95_ms
     from ends`,
    scopeParams(scope),
  );
}
