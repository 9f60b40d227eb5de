import { unary } from '@sluice/grpc';
import { ErrorCode, SluiceError } from '@sluice/errors';
import type { WorkflowServiceHandlers } from '@sluice/contracts';
import { claimNext, claimStage } from '../engine/claim-stage.ts';
import { completeStage } from '../engine/complete-stage.ts';
import { failStage } from '../engine/fail-stage.ts';
import { heartbeat, releaseStage, reportProgress, saveCheckpoint } from '../engine/worker-writes.ts';
import { categoryFromProto } from '../domain/failure.ts';
import { waitForSignal } from '../engine/signals.ts';
import { parseJsonField } from './json-field.ts';
import { claimMessage, workflowMessage } from './to-message.ts';
import { MAX_BATCH, requireFence, requireField, requireName, requireStageName, requireUuid } from './validate.ts';
import { completeStagesCall } from './complete-stages-call.ts';
import { workerSession } from './worker-session.ts';
import type { HandlerDeps } from './workflow-handlers.ts';


/** The worker's side: claim under a lease, heartbeat, report, and finish with the fence. */
export function attemptHandlers(deps: HandlerDeps): Partial<WorkflowServiceHandlers> {
  const em = () => deps.orm.em.fork();
  return {
    ClaimStage: unary(async (req) => {
      const workerId = requireField('worker_id', req.worker_id);
      const ttl = Math.max(0, req.lease_ttl_ms);
      if (req.attempt_id !== '') {
        const claim = await claimStage(em(), deps.engine, requireUuid('attempt_id', req.attempt_id), workerId, ttl);
        deps.afterCommit();
        return claimMessage(claim.attempt, claim.workflow, claim.signals);
      }
      const type = requireName('workflow_type', req.workflow_type);
      const stage = requireStageName('stage', req.stage);
      const { claims, heldBack } = await claimNext(em(), deps.engine, type, stage, workerId, ttl, 1);
      const [claim] = claims;
      if (claim === undefined) {
        if (heldBack) throw new SluiceError(ErrorCode.RESOURCE_EXHAUSTED, `every queued ${type}.${stage} attempt is held back by a concurrency limit`, { details: { type, stage } });
        throw SluiceError.notFound('queued attempt of', `${type}.${stage}`);
      }
      deps.afterCommit();
      return claimMessage(claim.attempt, claim.workflow, claim.signals);
    }),

    ClaimStages: unary(async (req) => {
      const workerId = requireField('worker_id', req.worker_id);
      if (!(req.max >= 1 && req.max <= MAX_BATCH)) throw SluiceError.invalidArgument(`max ${req.max} must be between 1 and ${MAX_BATCH}`, { field: 'max' });
      const { claims, heldBack } = await claimNext(em(), deps.engine, requireName('workflow_type', req.workflow_type), requireStageName('stage', req.stage), workerId, Math.max(0, req.lease_ttl_ms), req.max);
      if (claims.length > 0) deps.afterCommit();
      return { claims: claims.map((c) => claimMessage(c.attempt, c.workflow, c.signals)), held_back: heldBack };
    }),

    Heartbeat: unary(async (req) => {
      requireField('worker_id', req.worker_id);
      const leases = req.leases.map((l, i) => ({ attemptId: requireUuid(`leases[${i}].attempt_id`, l.attempt_id), fence: requireFence(l.fence) }));
      const results = await heartbeat(em(), leases, Math.max(0, req.lease_ttl_ms));
      return {
        leases: results.map((r) => ({
          attempt_id: r.attemptId,
          held: r.held,
          lease_expires_at: r.leaseExpiresAt === null ? '' : new Date(r.leaseExpiresAt).toISOString(),
          cancel_requested: r.cancelRequested,
        })),
      };
    }),

    ReportProgress: unary(async (req) => {
      await reportProgress(em(), requireUuid('attempt_id', req.attempt_id), requireFence(req.fence), req.percent, req.message);
      return {};
    }),

    SavePartial: unary(async (req) => {
      await saveCheckpoint(em(), requireUuid('attempt_id', req.attempt_id), requireFence(req.fence), parseJsonField('partial_json', req.partial_json));
      return {};
    }),

    CompleteStage: unary(async (req) => {
      const output = parseJsonField('output_json', req.output_json);
      const workflow = await completeStage(em(), deps.engine, requireUuid('attempt_id', req.attempt_id), requireFence(req.fence), output, req.incomplete);
      deps.afterCommit();
      return workflowMessage(workflow);
    }),

    CompleteStages: unary((req) => completeStagesCall(deps, req)),

    WorkerSession: workerSession(deps),

    FailStage: unary(async (req) => {
      const retryAt = req.retry_at === '' ? null : new Date(req.retry_at);
      if (retryAt !== null && Number.isNaN(retryAt.getTime())) throw SluiceError.invalidArgument(`retry_at ${JSON.stringify(req.retry_at)} is not an RFC 3339 time`, { field: 'retry_at' });
      const workflow = await failStage(em(), deps.engine, {
        attemptId: requireUuid('attempt_id', req.attempt_id),
        fence: requireFence(req.fence),
        category: categoryFromProto(req.category),
        code: req.code || 'STAGE_FAILED',
        message: req.message || 'the stage failed',
        details: parseJsonField('details_json', req.details_json),
        partial: req.partial_json === '' ? undefined : parseJsonField('partial_json', req.partial_json),
        retryAt,
      });
      deps.afterCommit();
      return workflowMessage(workflow);
    }),

    WaitForSignal: unary(async (req) => {
      const workflow = await waitForSignal(em(), deps.engine, {
        attemptId: requireUuid('attempt_id', req.attempt_id),
        fence: requireFence(req.fence),
        signal: requireStageName('signal', req.signal),
        timeoutMs: Math.max(0, req.timeout_ms),
        partial: req.partial_json === '' ? undefined : parseJsonField('partial_json', req.partial_json),
      });
      deps.afterCommit();
      return workflowMessage(workflow);
    }),

    ReleaseStage: unary(async (req) => {
      const workflow = await releaseStage(em(), deps.engine, requireUuid('attempt_id', req.attempt_id), requireFence(req.fence), req.reason);
      deps.afterCommit();
      return workflowMessage(workflow);
    }),
  };
}
