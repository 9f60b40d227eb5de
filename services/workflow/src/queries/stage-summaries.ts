import { StageStatus, type StageSummary } from '@sluice/contracts';
import { WorkflowState as S } from '../domain/states.ts';
import type { WorkflowRow } from '../store/rows.ts';
import { toJsonField } from '../rpc/json-field.ts';
import type { AttemptView } from './workflow-attempts.ts';
import { isoOrEmpty } from './request-fields.ts';

/** Where each stage of the definition stands, from its attempts and the workflow's state. */
export function stageSummaries(wf: WorkflowRow, stageNames: readonly string[], attempts: readonly AttemptView[]): StageSummary[] {
  return stageNames.map((name, index) => {
    const mine = attempts.filter((a) => a.stage_index === index && a.stage === name);
    const last = mine.at(-1);
    const failed = [...mine].reverse().find((a) => a.error !== null && a.error !== undefined);
    const done = last?.state === 'COMPLETED';
    return {
      name,
      status: stageStatus(wf, index, last),
      attempts: mine.length,
      last_error_json: toJsonField(failed?.error),
      partial_json: toJsonField(last?.partial),
      started_at: isoOrEmpty(mine.find((a) => a.started_at !== null)?.started_at),
      finished_at: done ? isoOrEmpty(last.finished_at) : '',
      progress_percent: done ? 100 : (last?.progress ?? 0),
      progress_message: last?.progress_message ?? '',
    };
  });
}

function stageStatus(wf: WorkflowRow, index: number, last: AttemptView | undefined): StageStatus {
  const current = index === wf.stage_index;
  // A parked workflow's stage is waiting (for a signal, quota or its backoff), whatever its last attempt did.
  if (current && (wf.state === S.WAITING || wf.state === S.RETRYING || wf.state === S.QUOTA_EXCEEDED)) return StageStatus.STAGE_STATUS_WAITING;
  if (last === undefined) return index < wf.stage_index ? StageStatus.STAGE_STATUS_SKIPPED : StageStatus.STAGE_STATUS_NOT_STARTED;
  switch (last.state) {
    case 'COMPLETED':
      return StageStatus.STAGE_STATUS_COMPLETED;
    case 'RUNNING':
      return StageStatus.STAGE_STATUS_RUNNING;
    case 'FAILED':
      return StageStatus.STAGE_STATUS_FAILED;
    case 'CANCELLED':
      return StageStatus.STAGE_STATUS_SKIPPED;
    default:
      // QUEUED, or RELEASED / EXPIRED with a new attempt to follow: waiting for a worker.
      return StageStatus.STAGE_STATUS_WAITING;
  }
}
