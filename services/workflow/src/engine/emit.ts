import { EventType, type LeaseExpired, type StageCompleted, type StageFailed, type StageTask, type WorkflowCreated, type WorkflowStateChanged } from '@sluice/contracts';
import { newEvent, eventSubject, outboxEntry, taskSubject, type OutboxEntry } from '@sluice/messaging';
import type { WorkflowRow, AttemptRow } from '../store/rows.ts';
import type { WorkflowState } from '../domain/states.ts';
import { EVENT_SOURCE } from '../store/event-sql.ts';


/**
 * Everything the workflow service tells the world goes through the outbox (`writeOutbox`), in
 * the same transaction as the change it describes. This class builds the entries: events on `<prefix>.events.workflow.<tenant>.<id>`
 * and stage tasks on the work-queue subject `<prefix>.tasks.<type>.<stage>`. Payloads are the
 * sluice.events.v1 messages (generated types), so they cannot drift from the contract.
 */
export class Emitter {
  readonly #prefix: string;

  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  /** The subject root (SLUICE_SUBJECT_PREFIX), for the statements that build their own events. */
  get prefix(): string {
    return this.#prefix;
  }

  created(wf: WorkflowRow, idempotencyKey: string | null): OutboxEntry {
    const data: WorkflowCreated = {
      ...this.#ids(wf),
      definition_version: wf.definition_version,
      ...(wf.priority === null ? {} : { priority: wf.priority }),
      idempotency_key: idempotencyKey ?? '',
      created_at: new Date(wf.created_at).toISOString(),
    };
    return this.#event(EventType.WORKFLOW_CREATED, wf, data);
  }

  stateChanged(wf: WorkflowRow, from: WorkflowState, change: { reason: string; actor: string; metadata: Readonly<Record<string, unknown>> }): OutboxEntry {
    const data: WorkflowStateChanged = {
      ...this.#ids(wf),
      from_state: from,
      to_state: wf.state,
      stage: wf.current_stage ?? '',
      reason: change.reason,
      actor: change.actor,
      version: wf.version,
      retry_count: wf.retry_count,
      metadata_json: JSON.stringify(change.metadata),
      at: new Date(wf.updated_at).toISOString(),
    };
    return this.#event(EventType.WORKFLOW_STATE_CHANGED, wf, data);
  }

  stageCompleted(wf: WorkflowRow, attempt: AttemptRow, nextStage: string | null): OutboxEntry {
    const data: StageCompleted = {
      attempt_id: attempt.id,
      ...this.#ids(wf),
      stage: attempt.stage,
      attempt: attempt.attempt,
      worker_id: attempt.lease_owner ?? '',
      next_stage: nextStage ?? '',
      at: new Date().toISOString(),
    };
    return this.#event(EventType.STAGE_COMPLETED, wf, data);
  }

  /** One per failed attempt; an internal failure with no retry left is the alert signal. */
  stageFailed(wf: WorkflowRow, attempt: AttemptRow, failure: { category: string; code: string; message: string; willRetry: boolean; nextAttemptAt: Date | null }): OutboxEntry {
    const data: StageFailed = {
      attempt_id: attempt.id,
      ...this.#ids(wf),
      stage: attempt.stage,
      attempt: attempt.attempt,
      worker_id: attempt.lease_owner ?? '',
      category: `ERROR_CATEGORY_${failure.category.toUpperCase()}`,
      code: failure.code,
      message: failure.message,
      will_retry: failure.willRetry,
      next_attempt_at: failure.nextAttemptAt?.toISOString() ?? '',
      at: new Date().toISOString(),
    };
    return this.#event(EventType.STAGE_FAILED, wf, data);
  }

  leaseExpired(wf: WorkflowRow, attempt: AttemptRow): OutboxEntry {
    const data: LeaseExpired = {
      attempt_id: attempt.id,
      ...this.#ids(wf),
      stage: attempt.stage,
      worker_id: attempt.lease_owner ?? '',
      fence: attempt.fence ?? '',
      expired_at: attempt.lease_expires_at === null ? '' : new Date(attempt.lease_expires_at).toISOString(),
    };
    return this.#event(EventType.STAGE_LEASE_EXPIRED, wf, data);
  }

  stageTask(wf: WorkflowRow, attempt: AttemptRow): OutboxEntry {
    const data: StageTask = {
      attempt_id: attempt.id,
      ...this.#ids(wf),
      stage: attempt.stage,
      priority: attempt.priority,
      attempt: attempt.attempt,
      enqueued_at: new Date().toISOString(),
    };
    const event = newEvent({ source: EVENT_SOURCE, type: EventType.STAGE_TASK, subject: attempt.id, data });
    return outboxEntry(taskSubject(this.#prefix, wf.type, attempt.stage), event);
  }

  #ids(wf: WorkflowRow) {
    return { workflow_id: wf.id, tenant_id: wf.tenant_id, workflow_type: wf.type };
  }

  #event(type: EventType, wf: WorkflowRow, data: object): OutboxEntry {
    const event = newEvent({ source: EVENT_SOURCE, type, subject: wf.id, data });
    return outboxEntry(eventSubject(this.#prefix, 'workflow', wf.tenant_id, wf.id), event);
  }
}
