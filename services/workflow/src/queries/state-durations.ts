import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../store/sql.ts';
import { IN_SCOPE, SCOPE_CTE, scopeParams, type MetricsScope } from './metrics-scope.ts';

export interface StateDurationRow {
  state: string;
  count: number;
  avg_ms: number;
  p95_ms: number;
}

/**
 * Time spent in each state, from consecutive audit rows: a transition that left state S in
 * the window ends the stay that began at the workflow's previous transition (the one into S).
 * Stays still going on are not counted; they have no end yet.
 */
export function stateDurations(em: EntityManager, scope: MetricsScope): Promise<StateDurationRow[]> {
  return query<StateDurationRow>(
    em,
    `with ${SCOPE_CTE}
     select t.from_state as state, count(*)::int as count,
            avg(stay.ms) as avg_ms,
            percentile_cont(0.95) within group (order by stay.ms) as p95_ms
     from scope cross join workflow_transitions t
     join workflows w on w.id = t.workflow_id
     cross join lateral (
       select extract(epoch from t.at - p.at)::float8 * 1000 as ms
       from workflow_transitions p
       where p.workflow_id = t.workflow_id and p.id < t.id
       order by p.id desc limit 1
     ) stay
     where ${IN_SCOPE} and t.at >= scope.since and t.from_state is not null
     group by t.from_state order by t.from_state`,
    scopeParams(scope),
  );
}
