import type { ResourceState } from '../domain/decide.ts';
import { resourceStates, type LimitRow, type ResourceRow } from './rows.ts';
import type { Run } from './run.ts';

// PostgreSQL's clock, read once per decision, and the calendar windows around it computed in
// each limit's own time zone (date_trunc on the local time, then back: exact across DST).
const SQL = `
select extract(epoch from n.now) * 1e6 as now_us,
  (select coalesce(json_agg(r), '[]') from resources r where r.name = any($1::text[])) as resources,
  (select coalesce(json_agg(x), '[]') from (
     select l.*,
       extract(epoch from (date_trunc(lower(l.calendar_unit), n.now at time zone l.time_zone) at time zone l.time_zone)) * 1e6 as cal_start_us,
       extract(epoch from ((date_trunc(lower(l.calendar_unit), n.now at time zone l.time_zone) + ('1 ' || lower(l.calendar_unit))::interval) at time zone l.time_zone)) * 1e6 as cal_end_us,
       extract(epoch from ((date_trunc(lower(l.calendar_unit), n.now at time zone l.time_zone) + ('2 ' || lower(l.calendar_unit))::interval) at time zone l.time_zone)) * 1e6 as cal_next_end_us
     from limits l where l.resource = any($1::text[])) x) as limits
from (select clock_timestamp() as now) n`;

/** Now (µs, PostgreSQL's clock) and the named resources with their limits and tightening. */
export async function loadDecisionState(run: Run, resources: readonly string[]): Promise<{ nowUs: number; resources: Map<string, ResourceState> }> {
  const [row] = await run<{ now_us: number | string; resources: ResourceRow[]; limits: LimitRow[] }>('quota_decision_state', SQL, [resources]);
  return { nowUs: Number(row!.now_us), resources: resourceStates(row!.resources, row!.limits) };
}
