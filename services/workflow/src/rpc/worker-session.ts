import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Metadata, type ServerDuplexStream } from '@grpc/grpc-js';
import { streamedCallSpan } from '@sluice/grpc';
import { mapDbError } from '@sluice/db';
import { SluiceError, toSluiceError } from '@sluice/errors';
import type { AwaitNewStages__Output, SessionCompleteStages__Output, WorkerSessionRequest__Output, WorkerSessionResponse } from '@sluice/contracts';
import type { Claim } from '../engine/claim-stage.ts';
import { releaseStage } from '../engine/worker-writes.ts';
import { claimMessage } from './to-message.ts';
import { completeStagesCall } from './complete-stages-call.ts';
import { MAX_BATCH, requireField, requireName, requireStageName } from './validate.ts';
import type { HandlerDeps } from './workflow-handlers.ts';

type SessionCall = ServerDuplexStream<WorkerSessionRequest__Output, WorkerSessionResponse>;

const tracer = () => trace.getTracer('sluice-workflow');
const COMPLETE_SPAN = streamedCallSpan('sluice.workflow.v1.WorkflowService', 'CompleteStages', 'WorkerSession');

/** The most claims one session may have waiting at once: a bound on the memory a stream can take. */
export const MAX_WAITING = 10_000;

/** Why the service hands back a claim leased to a stream that has gone. */
const GONE = 'the worker session ended before the claim reached it';

/**
 * WorkerSession: one stream per worker, carrying its waiting claims (sync match on creation)
 * and its completions, one message each instead of a call each. The stream ends when the
 * worker half-closes it (after the answers to its completions in flight), when it is
 * cancelled, or when the service shuts down; its waiting claims end with it. A claim a
 * creation leased to it just as it ended is handed back at once (ReleaseStage), not left to
 * its lease.
 */
export function workerSession(deps: HandlerDeps) {
  return (call: SessionCall): void => {
    const withdrawals = new Set<() => void>();
    let accepting = true;
    let ended = false;
    let completing = 0;
    const writable = () => !ended && !call.cancelled;
    const stopWaiting = () => {
      accepting = false;
      for (const withdraw of withdrawals) withdraw();
      withdrawals.clear();
    };
    // Assigned below; a session opened while the service shuts down is closed at once by onClose.
    let unsubscribe = () => undefined as void;
    const endWhenIdle = () => {
      if (accepting || completing > 0 || ended) return;
      ended = true;
      unsubscribe();
      if (!call.cancelled) call.end();
    };
    const close = () => {
      stopWaiting();
      endWhenIdle();
    };
    unsubscribe = deps.engine.waiting.onClose(close);
    const fail = (err: unknown) => {
      stopWaiting();
      ended = true;
      unsubscribe();
      call.emit('error', err);
    };

    const deliver = (claim: Claim) => {
      if (accepting && writable()) call.write({ claim: claimMessage(claim.attempt, claim.workflow, claim.signals) });
      else handBack(deps, claim);
    };

    const wait = (req: AwaitNewStages__Output) => {
      const claim = { workerId: requireField('await.worker_id', req.worker_id), leaseTtlMs: Math.max(0, req.lease_ttl_ms) };
      const type = requireName('await.workflow_type', req.workflow_type);
      const stage = requireStageName('await.stage', req.stage);
      if (!(req.credits >= 1 && req.credits <= MAX_BATCH)) throw SluiceError.invalidArgument(`credits ${req.credits} must be between 1 and ${MAX_BATCH}`, { field: 'await.credits' });
      if (withdrawals.size + req.credits > MAX_WAITING) {
        throw SluiceError.invalidArgument(`${withdrawals.size + req.credits} waiting claims: at most ${MAX_WAITING} on one session`, { field: 'await.credits' });
      }
      for (let i = 0; i < req.credits && accepting; i++) {
        let withdraw: (() => void) | null = null;
        withdraw = deps.engine.waiting.add(type, stage, claim, (leased) => {
          if (withdraw !== null) withdrawals.delete(withdraw);
          deliver(leased);
        });
        if (withdraw === null) return close();
        withdrawals.add(withdraw);
      }
    };

    const complete = (req: SessionCompleteStages__Output) => {
      const callId = requireField('complete.call_id', req.call_id);
      const request = req.request ?? { items: [], lease_ttl_ms: 0 };
      const parent = req.traceparent === '' ? context.active() : propagation.extract(ROOT_CONTEXT, { traceparent: req.traceparent });
      completing++;
      // The server span a CompleteStages call would have, child of the worker's span.
      const span = tracer().startSpan(COMPLETE_SPAN.name, { kind: SpanKind.SERVER, attributes: COMPLETE_SPAN.attributes }, parent);
      context
        .with(trace.setSpan(parent, span), () => completeStagesCall(deps, request))
        .then(
          (response) => ({ call_id: callId, response }),
          (err: unknown) => {
            const e = toSluiceError(mapDbError(err));
            span.setStatus({ code: SpanStatusCode.ERROR, message: e.message });
            return { call_id: callId, error: { code: e.code, message: e.message } };
          },
        )
        .then((completed) => {
          span.end();
          completing--;
          if (writable()) call.write({ completed });
          endWhenIdle();
        });
    };

    // Headers at once: the worker knows the stream is up before any claim or answer comes.
    call.sendMetadata(new Metadata());
    call.on('data', (message: WorkerSessionRequest__Output) => {
      if (ended) return;
      try {
        if (message.body === 'await' && message.await) {
          if (accepting) wait(message.await);
        } else if (message.body === 'complete' && message.complete) complete(message.complete);
        else throw SluiceError.invalidArgument('a WorkerSession message must hold await or complete', { field: 'body' });
      } catch (err) {
        fail(err);
      }
    });
    call.on('end', close);
    call.on('cancelled', close);
    call.on('error', stopWaiting);
  };
}

/** A claim leased to a stream that is gone goes back to the queue now rather than when its lease runs out. */
function handBack(deps: HandlerDeps, claim: Claim): void {
  // A leased attempt always has its fence.
  releaseStage(deps.orm.em.fork(), deps.engine, claim.attempt.id, claim.attempt.fence!, GONE).then(
    () => deps.afterCommit(),
    (err: unknown) => deps.log.warn({ err, attempt_id: claim.attempt.id }, 'a claim for a closed worker session was not handed back; it is re-queued when its lease expires'),
  );
}
