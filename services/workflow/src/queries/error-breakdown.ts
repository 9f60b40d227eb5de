import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../store/sql.ts';
import { IN_SCOPE, SCOPE_CTE, scopeParams, type MetricsScope } from './metrics-scope.ts';

export interface ErrorCountRow {
  category: string;
  code: string;
  count: number;
}

/**
 * Stage attempts that ended with an error in the window, by category and code. The category
 * column is the engine's; the error jsonb's own `category` stands in when the column is empty.
 */
export function errorBreakdown(em: EntityManager, scope: MetricsScope): Promise<ErrorCountRow[]> {
  return query<ErrorCountRow>(
    em,
    `with ${SCOPE_CTE}
     select coalesce(a.category, a.error ->> 'category', 'unknown') as category,
            coalesce(a.error ->> 'code', 'UNKNOWN') as code,
            count(*)::int as count
     from scope cross join stage_attempts a join workflows w on w.id = a.workflow_id
     where ${IN_SCOPE} and a.error is not null and coalesce(a.finished_at, a.created_at) >= scope.since
     group by 1, 2 order by 3 desc, 1, 2`,
    scopeParams(scope),
  );
}
