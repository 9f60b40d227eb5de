import type { EntityManager } from '@mikro-orm/postgresql';
import { StageStatus, type WorkflowExplanation } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { WorkflowState as S } from '../domain/states.ts';
import { findWorkflow } from '../store/find-workflow.ts';
import { findDefinition } from '../store/find-definition.ts';
import { allowedActions } from './allowed-actions.ts';
import { explainSummary } from './explain-summary.ts';
import { attemptOut, workflowOut } from './messages.ts';
import { queuePosition } from './queue-position.ts';
import { stageSummaries } from './stage-summaries.ts';
import { workflowAttempts } from './workflow-attempts.ts';

/** Where one of the tenant's workflows stands and why; another tenant's id is NOT_FOUND. */
export async function explainWorkflow(em: EntityManager, tenantId: string, id: string): Promise<WorkflowExplanation> {
  const wf = await findWorkflow(em, tenantId, id);
  if (wf === null) throw SluiceError.notFound('workflow', id);
  const definition = await findDefinition(em, wf.type, wf.definition_version);
  const stages = definition?.stages ?? [];
  const attempts = await workflowAttempts(em, wf.id);
  const current = attempts.filter((a) => a.stage_index === wf.stage_index && a.stage === wf.current_stage).at(-1) ?? null;
  const queue = wf.state === S.QUEUED && current?.state === 'QUEUED' ? await queuePosition(em, current.id) : null;
  const quotaResource = wf.state === S.QUOTA_EXCEEDED ? (stages[wf.stage_index]?.quotaResource ?? '') : '';
  const summaries = stageSummaries(wf, stages.map((s) => s.name), attempts);
  const stagesDone = summaries.filter((s) => s.status === StageStatus.STAGE_STATUS_COMPLETED).length;
  return {
    workflow: workflowOut(wf),
    summary: explainSummary({ workflow: wf, stageCount: stages.length, stagesDone, attempt: current, queue, quotaResource }),
    stages: summaries,
    allowed_actions: allowedActions(wf.state),
    current_attempt: current === null ? null : attemptOut(current),
    waiting_for_signal: wf.state === S.WAITING ? (wf.wait_signal ?? '') : '',
    quota_resource: quotaResource,
    queue_position: queue?.position ?? 0,
    queue_length: queue?.length ?? 0,
    suspend_reason: wf.state === S.SUSPENDED ? (wf.suspend_reason ?? '') : '',
  };
}
