import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from '../store/sql.ts';

export interface QueuePosition {
  /** 1 = the next attempt a worker of this type and stage gets. */
  position: number;
  /** Queued attempts of the type and stage, this one included. */
  length: number;
}

/**
 * Where a queued attempt stands among every QUEUED attempt of the same workflow type and stage
 * (the queue is the task subject, shared by all tenants): ahead of it are the attempts of
 * higher priority, then the older ones of equal priority (id breaks exact ties).
 * Attempt rows carry workflow_type and priority since migration 0002; rows written before the
 * engine filled them have workflow_type null, and then both come from the workflow row.
 */
export function queuePosition(em: EntityManager, attemptId: string): Promise<QueuePosition | null> {
  return queryOne<QueuePosition>(
    em,
    `with target as (select id, stage from stage_attempts where id = ?),
     queue as (
       select a.id, a.stage, a.created_at,
              coalesce(a.workflow_type, w.type) as type,
              case when a.workflow_type is null then coalesce(w.priority, 0) else a.priority end as priority
       from stage_attempts a join workflows w on w.id = a.workflow_id
       where a.state = 'QUEUED' and a.stage = (select stage from target)
     ),
     me as (select q.* from queue q join target t on t.id = q.id)
     select
       (count(*) filter (where q.priority > me.priority
          or (q.priority = me.priority and (q.created_at, q.id) < (me.created_at, me.id))) + 1)::int as position,
       count(*)::int as length
     from me join queue q on q.type = me.type and q.stage = me.stage
     group by me.id`,
    [attemptId],
  );
}
