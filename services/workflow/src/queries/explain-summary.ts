import { WorkflowState as S } from '../domain/states.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { AttemptView } from './workflow-attempts.ts';
import type { QueuePosition } from './queue-position.ts';
import { isoOrEmpty } from './request-fields.ts';

export interface ExplainFacts {
  readonly workflow: WorkflowRow;
  readonly stageCount: number;
  readonly stagesDone: number;
  /** The latest attempt of the current stage, if any. */
  readonly attempt: AttemptView | null;
  readonly queue: QueuePosition | null;
  readonly quotaResource: string;
}

/**
 * One or two sentences on why the workflow is where it is and what it waits for, e.g.
 * "Stage enrich (attempt 2) is queued for a worker of demo/enrich: 3rd of 5 in line. 1 of 3 stages are done."
 */
export function explainSummary(f: ExplainFacts): string {
  const wf = f.workflow;
  const stage = wf.current_stage ?? '(none)';
  const attemptNo = f.attempt?.attempt ?? 1;
  const at = (value: string | null | undefined) => isoOrEmpty(value) || 'an unknown time';
  const error = describeError(wf.last_error);
  const done = `${f.stagesDone} of ${f.stageCount} stages are done.`;
  switch (wf.state) {
    case S.CREATED:
      return `Created; stage ${stage} is not queued yet. ${done}`;
    case S.QUEUED: {
      const line = f.queue === null ? 'its position is unknown' : `${ordinal(f.queue.position)} of ${f.queue.length} in line`;
      return `Stage ${stage} (attempt ${attemptNo}) is queued for a worker of ${wf.type}/${stage}: ${line}. ${done}`;
    }
    case S.PROCESSING: {
      const a = f.attempt;
      const beat = a?.heartbeat_at ? `last heartbeat at ${at(a.heartbeat_at)}` : 'no heartbeat yet';
      return `Stage ${stage} (attempt ${attemptNo}) is running on worker ${a?.lease_owner ?? 'unknown'}; its lease expires at ${at(a?.lease_expires_at)} (${beat}). ${done}`;
    }
    case S.WAITING: {
      const until = wf.next_attempt_at ? ` until ${at(wf.next_attempt_at)}` : '';
      return `Stage ${stage} waits for the signal ${wf.wait_signal ?? '(unnamed)'}${until}. ${done}`;
    }
    case S.QUOTA_EXCEEDED:
      return `Stage ${stage} waits for quota${f.quotaResource ? ` on ${f.quotaResource}` : ''} until ${at(wf.next_attempt_at)}. ${done}`;
    case S.RETRYING:
      return `Stage ${stage} failed${error} and will be retried at ${at(wf.next_attempt_at)} (retry ${wf.retry_count}). ${done}`;
    case S.SUSPENDED:
      return `Suspended at stage ${stage}: ${wf.suspend_reason ?? 'no reason given'}. Resume it to run the stage again. ${done}`;
    case S.FAILED:
      return `Stage ${stage} failed${error} and will not be retried by itself; retry it to run again. ${done}`;
    case S.PARTIALLY_PROCESSED:
      return `Finished with some items not done at ${at(wf.updated_at)}; retry it to run again. ${done}`;
    case S.COMPLETED:
      return `Completed all ${f.stageCount} stages at ${at(wf.updated_at)}.`;
    case S.CANCELLED:
      return `Cancelled at ${at(wf.updated_at)}. ${done}`;
  }
}

function describeError(lastError: unknown): string {
  if (lastError === null || typeof lastError !== 'object') return '';
  const { code, message } = lastError as { code?: unknown; message?: unknown };
  const parts = [typeof code === 'string' ? code : null, typeof message === 'string' ? message : null].filter((p) => p !== null);
  return parts.length === 0 ? '' : ` (${parts.join(': ')})`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
