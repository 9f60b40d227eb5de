import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueOutbox, newEvent, eventSubject, taskSubject } from '@sluice/messaging';
import { EVENT_SOURCE, WorkflowEventType } from '../domain/events.ts';
import type { WorkflowRow, AttemptRow } from '../store/rows.ts';

/**
 * Everything the workflow service tells the world goes through the outbox, in the same
 * transaction as the change it describes: events on `<prefix>.events.workflow.<tenant>.<id>`
 * and stage tasks on the work-queue subject `<prefix>.tasks.<type>.<stage>`.
 */
export class Emitter {
  readonly #prefix: string;

  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  async workflowEvent(em: EntityManager, type: WorkflowEventType, wf: WorkflowRow, data: Record<string, unknown>): Promise<void> {
    const event = newEvent({
      source: EVENT_SOURCE,
      type,
      subject: `workflows/${wf.id}`,
      data: { workflow_id: wf.id, tenant_id: wf.tenant_id, workflow_type: wf.type, ...data },
    });
    await enqueueOutbox(em, eventSubject(this.#prefix, 'workflow', wf.tenant_id, wf.id), event);
  }

  async stageTask(em: EntityManager, wf: WorkflowRow, attempt: AttemptRow): Promise<void> {
    const event = newEvent({
      source: EVENT_SOURCE,
      type: 'sluice.workflow.stage_task.v1',
      subject: `workflows/${wf.id}/stages/${attempt.stage}`,
      data: {
        attempt_id: attempt.id,
        workflow_id: wf.id,
        tenant_id: wf.tenant_id,
        workflow_type: wf.type,
        stage: attempt.stage,
        priority: wf.priority,
      },
    });
    await enqueueOutbox(em, taskSubject(this.#prefix, wf.type, attempt.stage), event);
  }
}
