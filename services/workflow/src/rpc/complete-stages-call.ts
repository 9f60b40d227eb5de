import { SluiceError, toSluiceError } from '@sluice/errors';
import type { CompleteStagesRequest__Output, CompleteStagesResponse } from '@sluice/contracts';
import { completeStages } from '../engine/complete-stage.ts';
import { parseJsonField } from './json-field.ts';
import { claimMessage, workflowMessage } from './to-message.ts';
import { MAX_BATCH, requireFence, requireStageName, requireUuid } from './validate.ts';
import type { HandlerDeps } from './workflow-handlers.ts';

/**
 * CompleteStages, whether it came as a call or on a WorkerSession stream: up to MAX_BATCH
 * completions in one statement, each with its own result. A malformed item is refused on its
 * own, like a lost lease: the others still commit.
 */
export async function completeStagesCall(deps: HandlerDeps, req: CompleteStagesRequest__Output): Promise<CompleteStagesResponse> {
  if (req.items.length > MAX_BATCH) throw SluiceError.invalidArgument(`${req.items.length} items: at most ${MAX_BATCH} per call`, { field: 'items' });
  const checked = req.items.map((item, i) => {
    try {
      return {
        attemptId: requireUuid(`items[${i}].attempt_id`, item.attempt_id),
        fence: requireFence(item.fence),
        output: parseJsonField(`items[${i}].output_json`, item.output_json),
        partial: item.incomplete,
        claimNext: item.claim_next === '' ? undefined : requireStageName(`items[${i}].claim_next`, item.claim_next),
      };
    } catch (err) {
      return toSluiceError(err);
    }
  });
  const valid = checked.filter((c): c is Exclude<typeof c, SluiceError> => !(c instanceof SluiceError));
  const outcomes = valid.length === 0 ? [] : await completeStages(deps.orm.em.fork(), deps.engine, valid, Math.max(0, req.lease_ttl_ms));
  deps.afterCommit();
  let next = 0;
  return {
    results: checked.map((c, i) => {
      const outcome = c instanceof SluiceError ? c : outcomes[next++]!;
      const attemptId = req.items[i]!.attempt_id;
      return outcome instanceof SluiceError
        ? { attempt_id: attemptId, error: { code: outcome.code, message: outcome.message } }
        : {
            attempt_id: attemptId,
            workflow: workflowMessage(outcome.workflow),
            next: outcome.next === null ? null : claimMessage(outcome.next.attempt, outcome.next.workflow, outcome.next.signals),
          };
    }),
  };
}
