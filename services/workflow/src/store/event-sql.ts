import { EventType } from '@sluice/contracts';

// The events of the single-statement paths (claim, complete, create) are built by the statement
// itself, so that the change, its audit row and its outbox row commit together without a
// transaction of several round trips. These are the SQL twins of the Emitter's payloads
// (engine/emit.ts); test/event-sql.test.ts runs both on the same rows and compares them.
// Every argument is a SQL expression written in this service's code, never input. They build
// json, not jsonb: text put together as it goes, where jsonb would convert every value into its
// binary form, only for the outbox to turn it back into text.

/** The CloudEvents `source` of everything the workflow service publishes (events.proto). */
export const EVENT_SOURCE = '/sluice/workflow';

/** A timestamptz as JavaScript's `toISOString()` writes it (UTC, milliseconds, `Z`). */
export const isoSql = (ts: string): string => `to_char((${ts}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** `newEvent(...)`: the CloudEvents 1.0 envelope. */
export function cloudEventSql(e: { id: string; type: EventType; subject: string; data: string }): string {
  return `json_build_object('specversion', '1.0', 'id', ${e.id}, 'source', '${EVENT_SOURCE}', 'type', '${e.type}', 'subject', ${e.subject},
    'time', ${isoSql('now()')}, 'datacontenttype', 'application/json', 'data', ${e.data})`;
}

/** `<prefix>.events.workflow.<tenant>.<id>` (eventSubject); `prefix` is an expression, e.g. a bind parameter. */
export const workflowEventSubjectSql = (prefix: string, w: string): string => `${prefix} || '.events.workflow.' || ${w}.tenant_id || '.' || ${w}.id`;

/** `<prefix>.tasks.<type>.<stage>` (taskSubject). */
export const taskSubjectSql = (prefix: string, w: string, a: string): string => `${prefix} || '.tasks.' || ${w}.type || '.' || ${a}.stage`;

const idsSql = (w: string) => `'workflow_id', ${w}.id, 'tenant_id', ${w}.tenant_id, 'workflow_type', ${w}.type`;

/** Emitter.stateChanged: `w` the workflow row after the change. */
export function stateChangedSql(e: { id: string; w: string; from: string; reason: string; actor: string; metadata: string }): string {
  return cloudEventSql({
    id: e.id,
    type: EventType.WORKFLOW_STATE_CHANGED,
    subject: `${e.w}.id`,
    data: `json_build_object(${idsSql(e.w)}, 'from_state', ${e.from}, 'to_state', ${e.w}.state, 'stage', coalesce(${e.w}.current_stage, ''),
      'reason', ${e.reason}, 'actor', ${e.actor}, 'version', ${e.w}.version, 'retry_count', ${e.w}.retry_count,
      'metadata_json', (${e.metadata})::text, 'at', ${isoSql(`${e.w}.updated_at`)})`,
  });
}

/** Emitter.stageCompleted: `a` the attempt row, `next` the next stage's name or null. */
export function stageCompletedSql(e: { id: string; w: string; a: string; next: string }): string {
  return cloudEventSql({
    id: e.id,
    type: EventType.STAGE_COMPLETED,
    subject: `${e.w}.id`,
    data: `json_build_object('attempt_id', ${e.a}.id, ${idsSql(e.w)}, 'stage', ${e.a}.stage, 'attempt', ${e.a}.attempt,
      'worker_id', coalesce(${e.a}.lease_owner, ''), 'next_stage', coalesce(${e.next}, ''), 'at', ${isoSql('now()')})`,
  });
}

/** Emitter.stageTask: the task of the queued attempt `a` (id, stage, attempt, priority). */
export function stageTaskSql(e: { id: string; w: string; a: string }): string {
  return cloudEventSql({
    id: e.id,
    type: EventType.STAGE_TASK,
    subject: `${e.a}.id`,
    data: `json_build_object('attempt_id', ${e.a}.id, ${idsSql(e.w)}, 'stage', ${e.a}.stage, 'priority', ${e.a}.priority,
      'attempt', ${e.a}.attempt, 'enqueued_at', ${isoSql('now()')})`,
  });
}

/** Emitter.created. */
export function createdSql(e: { id: string; w: string; idempotencyKey: string }): string {
  return cloudEventSql({
    id: e.id,
    type: EventType.WORKFLOW_CREATED,
    subject: `${e.w}.id`,
    // No priority key when the workflow has none (as the Emitter leaves it out); nothing else here is null.
    data: `json_strip_nulls(json_build_object(${idsSql(e.w)}, 'definition_version', ${e.w}.definition_version, 'priority', ${e.w}.priority,
      'idempotency_key', coalesce(${e.idempotencyKey}, ''), 'created_at', ${isoSql(`${e.w}.created_at`)}))`,
  });
}

/** `{ subject, event, trace }` (an OutboxEntry, as the outbox row's `entries` hold it). */
export const outboxEntrySql = (e: { subject: string; event: string; trace: string }): string =>
  `json_build_object('subject', ${e.subject}, 'event', ${e.event}, 'trace', ${e.trace})`;
