import { setTimeout as sleep } from 'node:timers/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { WorkflowUpdate } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { findWorkflow } from '../store/find-workflow.ts';
import type { WorkflowRow } from '../store/rows.ts';
import { transitionOut, workflowOut } from './messages.ts';
import { isSettled } from './settled-states.ts';
import { workflowHistory } from './workflow-history.ts';
import { isoOrEmpty } from './request-fields.ts';

export interface WatchSink {
  /** True once the client went away (grpc-js sets it on cancel or deadline). */
  readonly cancelled: boolean;
  write(update: WorkflowUpdate): void;
}

/**
 * Streams one workflow: the row now, then one update per new transition (from the audit
 * trail, so none is skipped between two polls) and one per progress report, until a settled
 * state has been sent or the client cancels. It polls the row every `pollMs` rather than
 * subscribing to events: the read side has no NATS consumer, and a poll of one primary-key
 * row is cheap. Each update carries the row as read at that poll.
 */
export async function watchWorkflow(orm: MikroORM, tenantId: string, id: string, sink: WatchSink, pollMs: number): Promise<void> {
  let seen: WorkflowRow | null = null;
  while (!sink.cancelled) {
    const em = orm.em.fork();
    const wf = await findWorkflow(em, tenantId, id);
    if (wf === null) throw SluiceError.notFound('workflow', id);
    if (seen === null) {
      sink.write({ workflow: workflowOut(wf) });
    } else if (wf.version !== seen.version) {
      for (const row of await workflowHistory(em, id, { afterVersion: seen.version }, 1000)) {
        sink.write({ workflow: workflowOut(wf), transition: transitionOut(row) });
      }
    } else if (wf.progress !== seen.progress || wf.progress_message !== seen.progress_message) {
      sink.write({
        workflow: workflowOut(wf),
        progress: { stage: wf.current_stage ?? '', percent: wf.progress, message: wf.progress_message ?? '', at: isoOrEmpty(wf.updated_at) },
      });
    }
    seen = wf;
    if (isSettled(wf.state)) return;
    await sleep(pollMs);
  }
}
